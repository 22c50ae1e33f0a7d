package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapis.wire.RawRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stalls, slow clients, HEAD and HTTP/1.0, over raw sockets: nothing holds a connection or a thread for long. */
class ConnectionBoundsTests {

    private static final String CREATE = "POST /v1/notes HTTP/1.1\r\nHost: notes\r\nContent-Type: application/json\r\n"
            + "Content-Length: 12\r\n\r\n{\"text\":\"x\"}";

    private FakeServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private FakeServer stalling(ServerLimits limits) {
        server = FakeServer.start(new NotesFake(), limits);
        server.useScenario(Scenario.builder("stall")
                .on("notes.create", rule -> rule.fault(Fault.stall()))
                .build());
        return server;
    }

    @Test
    void aStallEndsAtTheStallLimitWithTheConnectionClosedUnanswered() throws Exception {
        stalling(ServerLimits.defaults().withStallLimit(Duration.ofMillis(400)));

        try (RawRequest request = RawRequest.send(server.port(), CREATE)) {
            RawRequest.Answer answer = request.answer(Duration.ofSeconds(5));

            assertThat(answer.closed()).isTrue();
            assertThat(answer.text()).isEmpty();
            assertThat(answer.took()).isBetween(Duration.ofMillis(350), Duration.ofSeconds(3));
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> server.openConnections() == 0);
    }

    @Test
    void aStallIsReleasedAsSoonAsTheClientDisconnects() throws Exception {
        stalling(ServerLimits.defaults().withStallLimit(Duration.ofMinutes(10)));

        RawRequest request = RawRequest.send(server.port(), CREATE);
        await().atMost(Duration.ofSeconds(2)).until(() -> server.interactions().size() == 1);
        assertThat(server.openConnections()).isEqualTo(1);
        request.close();

        await().atMost(Duration.ofSeconds(2)).until(() -> server.openConnections() == 0);
    }

    @Test
    void aResetReleasesStalledConnections() throws Exception {
        stalling(ServerLimits.defaults().withStallLimit(Duration.ofMinutes(10)));

        try (RawRequest request = RawRequest.send(server.port(), CREATE)) {
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> server.interactions().size() == 1);
            server.reset();

            RawRequest.Answer answer = request.answer(Duration.ofSeconds(2));
            assertThat(answer.closed()).isTrue();
            assertThat(answer.text()).isEmpty();
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> server.openConnections() == 0);
    }

    @Test
    void closingTheFakeReleasesStalledConnectionsPromptly() throws Exception {
        stalling(ServerLimits.defaults().withStallLimit(Duration.ofMinutes(10)));

        try (RawRequest request = RawRequest.send(server.port(), CREATE)) {
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> server.interactions().size() == 1);
            long started = System.nanoTime();
            server.close();

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            assertThat(request.answer(Duration.ofSeconds(2)).closed()).isTrue();
        }
    }

    @Test
    void aClientThatStopsMidRequestGetsA408AfterTheReadTimeoutAndNothingIsLogged() throws Exception {
        server = FakeServer.start(new NotesFake(), ServerLimits.defaults().withReadTimeout(Duration.ofMillis(300)));

        try (RawRequest request = RawRequest.send(server.port(), CREATE.substring(0, CREATE.length() - 4))) {
            RawRequest.Answer answer = request.answer(Duration.ofSeconds(3));

            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.closed()).isTrue();
            assertThat(answer.body()).contains("The request was not received in full within 300 ms.");
        }
        assertThat(server.interactions().all()).isEmpty();
        await().atMost(Duration.ofSeconds(2)).until(() -> server.openConnections() == 0);
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        server = FakeServer.start(new NotesFake(), ServerLimits.defaults().withIdleTimeout(Duration.ofMillis(300)));

        try (RawRequest request = RawRequest.send(server.port(), CREATE)) {
            RawRequest.Answer answer = request.answer(Duration.ofSeconds(3));

            assertThat(answer.status()).isEqualTo(201);
            assertThat(answer.closed()).isTrue();
        }
    }

    @Test
    void headIsAnsweredLikeGetWithoutABodyAndTheConnectionStaysUsable() throws Exception {
        server = FakeServer.start(new NotesFake());

        try (RawRequest request = RawRequest.send(
                server.port(),
                "HEAD /v1/notes/n1 HTTP/1.1\r\nHost: notes\r\n\r\n"
                        + "GET /v1/notes/n1 HTTP/1.1\r\nHost: notes\r\nConnection: close\r\n\r\n")) {
            String text = request.answer(Duration.ofSeconds(3)).text();

            String head = text.substring(0, text.indexOf("\r\n\r\n") + 4);
            String get = text.substring(head.length());
            assertThat(head).startsWith("HTTP/1.1 404 ").containsIgnoringCase("Content-Length: ");
            assertThat(get).startsWith("HTTP/1.1 404 ");
            String length = head.replaceAll("(?is).*content-length: (\\d+).*", "$1");
            assertThat(get.substring(get.indexOf("\r\n\r\n") + 4)).hasSize(Integer.parseInt(length));
        }
    }

    @Test
    void anHttp10ClientGetsAnHttp10AnswerAndTheConnectionCloses() throws Exception {
        server = FakeServer.start(new NotesFake());

        try (RawRequest request = RawRequest.send(server.port(), CREATE.replace("HTTP/1.1", "HTTP/1.0"))) {
            RawRequest.Answer answer = request.answer(Duration.ofSeconds(3));

            assertThat(answer.statusLine()).startsWith("HTTP/1.0 201");
            assertThat(answer.headers())
                    .doesNotContainIgnoringCase("Transfer-Encoding")
                    .containsIgnoringCase("Connection: close");
            assertThat(answer.body()).startsWith("{");
            assertThat(answer.closed()).isTrue();
        }
    }

    @Test
    void aScenarioMatcherThatThrowsGetsTheClientAnAnswerNotASilentOpenConnection() throws Exception {
        // the idle timeout closes each connection soon after its answer, so waiting for the close is short
        server = FakeServer.start(new NotesFake(), ServerLimits.defaults().withIdleTimeout(Duration.ofSeconds(1)));
        server.useScenario(Scenario.builder("broken_matcher")
                .on(
                        "notes.create",
                        rule -> rule.when(RequestMatcher.of("a matcher with a bug", call -> {
                                    throw new IllegalStateException("matcher bug");
                                }))
                                .fail(ProviderError.of(503, "busy", "Busy")))
                .build());

        for (int call = 0; call < 2; call++) {
            try (RawRequest request = RawRequest.send(server.port(), CREATE)) {
                RawRequest.Answer answer = request.answer(Duration.ofSeconds(20));

                assertThat(answer.status()).isEqualTo(500);
                assertThat(answer.closed()).isTrue();
            }
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> server.openConnections() == 0);
    }
}
