package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
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

        HttpResponse<InputStream> response = client.send(client.request("/v1/notes")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"a longer note\"}")).build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThatThrownBy(() -> {
            try (InputStream body = response.body()) {
                body.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void aDisconnectMidStreamCutsTheEventStream() throws IOException {
        client.createNote("abcdefgh");
        script(Rule.on("notes.stream").fault(Fault.disconnectMidBody()));

        HttpResponse<InputStream> response = client.send(client.request("/v1/notes/note_1/stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> {
            try (InputStream body = response.body()) {
                body.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }

    @Test
    void failNTimesThenSucceed() {
        script(Rule.on("notes.create").fault(Fault.connectionReset()).fault(Fault.connectionReset()).proceed());

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

    private void script(Rule.Builder rule) {
        server.useScenario(Scenario.builder("faulty").rule(rule.build()).build());
    }
}
