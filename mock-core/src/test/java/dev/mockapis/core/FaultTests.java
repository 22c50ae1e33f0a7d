package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each fault as a real HTTP client observes it. */
class FaultTests {

    private final FakeServer server = FakeServer.start(new NotesFake());
    private final NotesClient client = new NotesClient(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aDelayLongerThanTheClientsTimeoutIsATimeout() {
        script(Rule.on("notes.create").fault(Fault.delay(Duration.ofSeconds(5))));

        assertThatThrownBy(() -> client.withTimeout(Duration.ofMillis(200)).post("/v1/notes", "{\"text\":\"x\"}"))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aShortDelayStillAnswers() throws IOException {
        script(Rule.on("notes.create").fault(Fault.delay(Duration.ofMillis(20))));

        assertThat(client.createNote("x").statusCode()).isEqualTo(201);
        assertThat(server.interactions().all().get(0).faults()).containsExactly(Fault.delay(Duration.ofMillis(20)));
    }

    @Test
    void aRandomDelayIsDrawnWithinItsBounds() {
        Fault.RandomDelay delay = new Fault.RandomDelay(Duration.ofMillis(5), Duration.ofMillis(9));

        assertThat(IntStream.range(0, 50).mapToObj(i -> delay.draw()))
                .allSatisfy(drawn -> assertThat(drawn).isBetween(Duration.ofMillis(5), Duration.ofMillis(9)));
    }

    @Test
    void aRandomDelayLongerThanTheTimeoutIsATimeout() {
        script(Rule.on("notes.create").fault(Fault.randomDelay(Duration.ofSeconds(4), Duration.ofSeconds(5))));

        assertThatThrownBy(() -> client.withTimeout(Duration.ofMillis(200)).post("/v1/notes", "{\"text\":\"x\"}"))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aSlowBodyArrivesWholeButTakesItsTime() {
        client.createNote("x".repeat(400));
        script(Rule.on("notes.retrieve").fault(Fault.slowBody(1000)));

        long started = System.nanoTime();
        HttpResponse<String> response = get("/v1/notes/note_1");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.body()).hasSize(400 + "{\"id\":\"note_1\",\"text\":\"\"}".length());
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aPacedStreamHoldsEachEventBack() {
        client.createNote("abcd");
        script(Rule.on("notes.stream").fault(Fault.streamPace(Duration.ofMillis(100), 20)));

        long started = System.nanoTime();
        HttpResponse<String> response = get("/v1/notes/note_1/stream");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.body()).startsWith("event: char\ndata: a\n\n").endsWith("data: d\n\n");
        // the first event after 100 ms, the three others 50 ms apart
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(100 + 3 * 50));
    }

    @Test
    void aStallLastsUntilTheClientGivesUp() {
        script(Rule.on("notes.create").fault(Fault.stall()));

        assertThatThrownBy(() -> client.withTimeout(Duration.ofMillis(300)).post("/v1/notes", "{\"text\":\"x\"}"))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aConnectionResetIsAnIoErrorNotAnHttpStatus() {
        script(Rule.on("notes.create").fault(Fault.connectionReset()));

        assertThatThrownBy(() -> client.post("/v1/notes", "{\"text\":\"x\"}"))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aDisconnectMidBodyDeliversHeadersThenBreaksTheBody() throws IOException {
        script(Rule.on("notes.create").fault(Fault.disconnectMidBody()));

        HttpResponse<InputStream> response = client.send(
                client.request("/v1/notes")
                        .header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"a longer note\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThatThrownBy(() -> {
                    try (InputStream body = response.body()) {
                        body.readAllBytes();
                    }
                })
                .isInstanceOf(IOException.class);
    }

    @Test
    void aDisconnectMidStreamCutsTheEventStream() throws IOException {
        client.createNote("abcdefgh");
        script(Rule.on("notes.stream").fault(Fault.disconnectMidBody()));

        HttpResponse<InputStream> response = client.send(
                client.request("/v1/notes/note_1/stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> {
                    try (InputStream body = response.body()) {
                        body.readAllBytes();
                    }
                })
                .isInstanceOf(IOException.class);
    }

    @Test
    void failNTimesThenSucceed() {
        script(Rule.on("notes.create")
                .fault(Fault.connectionReset())
                .fault(Fault.connectionReset())
                .proceed());

        assertThatThrownBy(() -> client.post("/v1/notes", "{\"text\":\"x\"}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> client.post("/v1/notes", "{\"text\":\"x\"}")).isInstanceOf(IOException.class);
        assertThat(client.createNote("x").statusCode()).isEqualTo(201);
    }

    @Test
    void faultsDoNotStopTheServerFromServingLaterRequests() {
        script(Rule.on("notes.create").fault(Fault.connectionReset()).proceed());

        assertThatThrownBy(() -> client.createNote("x")).hasRootCauseInstanceOf(IOException.class);

        assertThat(client.createNote("x").statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> get(String path) {
        try {
            return client.get(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void script(Rule.Builder rule) {
        server.useScenario(Scenario.builder("faulty").rule(rule.build()).build());
    }
}
