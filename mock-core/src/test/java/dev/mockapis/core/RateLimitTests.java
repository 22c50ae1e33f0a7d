package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RateLimitTests {

    private final FakeServer server = FakeServer.start(new NotesFake());
    private final NotesClient client = new NotesClient(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theRequestPastTheLimitGetsTheProvidersFourTwentyNine() {
        server.limitRate(RateLimit.requestsPerMinute(3));

        List<Integer> statuses = IntStream.range(0, 5)
                .mapToObj(i -> client.createNote("n").statusCode())
                .toList();

        assertThat(statuses).containsExactly(201, 201, 201, 429, 429);
        assertThat(server.interactions().all().get(3).source()).isEqualTo(Interaction.Source.RATE_LIMIT);
    }

    @Test
    void headersCountTheRemainingRequestsDown() {
        server.limitRate(RateLimit.requestsPerMinute(3));

        List<String> remaining = IntStream.range(0, 4)
                .mapToObj(i -> client.createNote("n")
                        .headers()
                        .firstValue("X-Requests-Remaining")
                        .orElseThrow())
                .toList();

        assertThat(remaining).containsExactly("2", "1", "0", "0");
    }

    @Test
    void aRejectionSaysWhenToRetryWithinTheWindow() {
        server.limitRate(RateLimit.requestsPerMinute(1));
        client.createNote("n");

        HttpResponse<String> rejected = client.createNote("n");

        assertThat(rejected.body()).contains("too_many_requests");
        assertThat(Long.parseLong(rejected.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
    }

    @Test
    void tokenBudgetsAreChargedByTheProvidersTokenCost() {
        String body = "{\"text\":\"0123456789\"}";
        server.limitRate(RateLimit.requestsPerMinute(100).withTokens(body.length() * 2));

        HttpResponse<String> first = client.createNote("0123456789");
        HttpResponse<String> second = client.createNote("0123456789");
        HttpResponse<String> third = client.createNote("0123456789");

        assertThat(first.headers().firstValue("X-Tokens-Remaining")).hasValue(String.valueOf(body.length()));
        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("too_many_tokens");
    }

    @Test
    void resetStartsAFreshWindow() {
        server.limitRate(RateLimit.requestsPerMinute(1));
        client.createNote("n");

        server.reset();

        assertThat(client.createNote("n").statusCode()).isEqualTo(201);
    }

    @Test
    void removingTheLimitAdmitsEverything() {
        server.limitRate(RateLimit.requestsPerMinute(1));
        client.createNote("n");

        server.removeRateLimit();

        assertThat(client.createNote("n").statusCode()).isEqualTo(201);
        assertThat(client.createNote("n").headers().firstValue("X-Requests-Remaining"))
                .isEmpty();
    }
}
