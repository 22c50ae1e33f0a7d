package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A scenario's stream timing as a client sees it: the first event no sooner than the time to first
 * token, the rest no faster than the rate; and pauses that end as soon as the client or the fake goes.
 * Times are asserted as lower bounds only, so a loaded machine cannot fail them.
 */
class StreamTimingTests {

    private final FakeServer server = FakeServer.start(new NotesFake());
    private final NotesClient notes = new NotesClient(server);
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void scenariosDoNotPaceStreamsUnlessTheySaySo() {
        assertThat(Scenario.builder("plain").build().streamTiming()).isEqualTo(StreamTiming.NONE);
        assertThat(server.activeScenario().streamTiming().isNone()).isTrue();
    }

    @Test
    void theFirstEventComesNoSoonerThanTheTimeToFirstToken() throws Exception {
        notes.createNote("abc");
        server.useScenario(Scenario.builder("slow_start")
                .streamTiming(StreamTiming.of(Duration.ofMillis(300), 0))
                .build());

        long started = System.nanoTime();
        HttpResponse<InputStream> response = http.send(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());
        String firstLine;
        try (BufferedReader body = reader(response.body())) {
            firstLine = body.readLine();
        }
        Duration timeToFirstToken = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(firstLine).isEqualTo("event: char");
        assertThat(timeToFirstToken).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void laterEventsComeNoFasterThanTheTokenRate() throws Exception {
        notes.createNote("abcdefghijk");
        server.useScenario(Scenario.builder("steady")
                .streamTiming(StreamTiming.of(Duration.ZERO, 50))
                .build());

        long started = System.nanoTime();
        HttpResponse<String> response = http.send(streamRequest(), HttpResponse.BodyHandlers.ofString());
        Duration whole = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.body()).startsWith("event: char\ndata: a\n\n").endsWith("data: k\n\n");
        // eleven events, ten pauses of 20 ms between them
        assertThat(whole).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aStepsStreamPaceWinsOverTheScenariosTiming() throws Exception {
        notes.createNote("abc");
        server.useScenario(Scenario.builder("paced")
                .streamTiming(StreamTiming.of(Duration.ofSeconds(30), 0))
                .on("notes.stream", rule -> rule.proceed(Fault.streamPace(Duration.ofMillis(50), 100)))
                .build());

        HttpResponse<String> response = http.send(streamRequest(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).endsWith("data: c\n\n");
    }

    @Test
    void theJitterIsDrawnFromTheSeedWithinItsBounds() {
        StreamTiming timing = StreamTiming.of(Duration.ofMillis(100), 50)
                .withJitter(Duration.ofMillis(5))
                .withSeed(42);

        List<Duration> once = pauses(timing, 20);
        List<Duration> again = pauses(timing, 20);

        assertThat(once).isEqualTo(again);
        assertThat(once.get(0)).isBetween(Duration.ofMillis(95), Duration.ofMillis(105));
        assertThat(once.subList(1, 20))
                .allSatisfy(pause -> assertThat(pause).isBetween(Duration.ofMillis(15), Duration.ofMillis(25)));
        assertThat(once.stream().distinct().count()).isGreaterThan(1);
        assertThat(pauses(timing.withSeed(7), 20)).isNotEqualTo(once);
    }

    @Test
    void pausesFollowTheTokensEachEventCarries() {
        StreamTiming.Pauses pauses = StreamTiming.of(Duration.ofMillis(300), 50).pauses();

        assertThat(pauses.next(0)).as("the first event, a stream's start").isEqualTo(Duration.ofMillis(300));
        assertThat(pauses.next(3)).as("three tokens at 50 a second").isEqualTo(Duration.ofMillis(60));
        assertThat(pauses.next(1)).isEqualTo(Duration.ofMillis(20));
        assertThat(pauses.next(0)).as("usage, the end: no tokens").isZero();
    }

    @Test
    void aPauseIsNeverNegative() {
        StreamTiming timing = StreamTiming.of(Duration.ZERO, 1000).withJitter(Duration.ofMillis(50));

        assertThat(pauses(timing, 100)).allSatisfy(pause -> assertThat(pause).isGreaterThanOrEqualTo(Duration.ZERO));
    }

    @Test
    void aClientThatLeavesMidStreamFreesItsConnectionAndThread() throws IOException {
        notes.createNote("x".repeat(1000));
        // 1000 events at 5 a second: 200 s, were the pauses to outlast the client
        server.useScenario(Scenario.builder("slow")
                .streamTiming(StreamTiming.of(Duration.ZERO, 5))
                .build());

        int before = server.openConnections();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /v1/notes/note_1/stream HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = reader(socket.getInputStream());
            String line;
            do {
                line = in.readLine();
            } while (line != null && !line.startsWith("data: x"));
            assertThat(line).isEqualTo("data: x");
            await().atMost(Duration.ofSeconds(10)).until(() -> !pacingThreads().isEmpty());
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(server.openConnections()).isEqualTo(before);
            assertThat(pacingThreads()).isEmpty();
        });
        assertThat(notes.createNote("still serving").statusCode()).isEqualTo(201);
    }

    @Test
    void aResetEndsAPacedStream() throws Exception {
        notes.createNote("x".repeat(1000));
        server.useScenario(Scenario.builder("slow")
                .streamTiming(StreamTiming.of(Duration.ZERO, 5))
                .build());
        HttpResponse<InputStream> response = http.send(streamRequest(), HttpResponse.BodyHandlers.ofInputStream());
        BufferedReader body = reader(response.body());
        assertThat(body.readLine()).isEqualTo("event: char");
        CompletableFuture<Void> rest = CompletableFuture.runAsync(() -> {
            try {
                while (body.readLine() != null) {
                    // drained until the stream ends
                }
            } catch (IOException cut) {
                // the fake closed the connection mid-stream: that is the end too
            }
        });

        server.reset();

        await().atMost(Duration.ofSeconds(10)).until(rest::isDone);
        assertThat(pacingThreads()).isEmpty();
        body.close();
    }

    @Test
    void aScenarioFileGivesItsStreamTiming() {
        Scenario scenario = ScenarioFiles.read("typing.yaml", """
                description: Answers as if typed
                streamTiming: { timeToFirstToken: 300ms, tokensPerSecond: 40, jitter: 10ms, seed: 7 }
                rules: []
                """, new NotesFake());

        assertThat(scenario.streamTiming())
                .isEqualTo(new StreamTiming(Duration.ofMillis(300), 40, Duration.ofMillis(10), 7));
    }

    @Test
    void aScenarioFileWithAnUnknownTimingFieldNamesTheKnownOnes() {
        assertThatThrownBy(() -> ScenarioFiles.read("typing.yaml", """
                        streamTiming: { ttft: 300ms }
                        """, new NotesFake()))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("streamTiming.ttft")
                .hasMessageContaining("timeToFirstToken, tokensPerSecond, jitter, seed");
    }

    @Test
    void aTimingIsReadFromText() {
        assertThat(StreamTiming.of("300ms", 40, "PT0.01S", 7))
                .isEqualTo(new StreamTiming(Duration.ofMillis(300), 40, Duration.ofMillis(10), 7));
        assertThatThrownBy(() -> StreamTiming.of(Duration.ZERO, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Tokens per second");
    }

    private HttpRequest streamRequest() {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/notes/note_1/stream"))
                .GET()
                .build();
    }

    private static List<Duration> pauses(StreamTiming timing, int count) {
        StreamTiming.Pauses pauses = timing.pauses();
        List<Duration> drawn = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> drawn.add(pauses.next()));
        return drawn;
    }

    /** The threads waiting out a stream's pause now. */
    private static List<Thread> pacingThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> Arrays.stream(entry.getValue())
                        .anyMatch(frame -> frame.getClassName().equals(StreamPacer.class.getName())))
                .map(java.util.Map.Entry::getKey)
                .toList();
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
