package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.Sleeper;
import com.anthropic.core.http.Headers;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.errors.OverloadedException;
import com.anthropic.errors.RateLimitException;
import com.anthropic.errors.SseException;
import com.anthropic.errors.UnauthorizedException;
import com.anthropic.models.ErrorType;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.ToolResultBlockParam;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.RateLimit;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicErrorTests {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.fixed(NOW, ZoneOffset.UTC)));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aRequestWithoutCredentialsIsRejectedAsAnthropicDoes() throws Exception {
        HttpResponse<String> response = post(
                "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,\"messages\":[]}",
                "anthropic-version",
                "2023-06-01");

        assertThat(response.statusCode()).isEqualTo(401);
        String requestId = response.headers().firstValue("request-id").orElseThrow();
        assertThat(requestId).startsWith("req_011C");
        assertThat(response.body())
                .isEqualTo("{\"type\":\"error\",\"error\":{\"type\":\"authentication_error\","
                        + "\"message\":\"x-api-key header is required\"},\"request_id\":\"" + requestId + "\"}");
    }

    @Test
    void aRequestWithoutAnApiVersionIsInvalid() throws Exception {
        HttpResponse<String> response = post("{}", "x-api-key", "sk-ant-test");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"invalid_request_error\"", "anthropic-version: header is required");
    }

    @Test
    void aMissingMaxTokensIsReportedByField() throws Exception {
        HttpResponse<String> response = post(
                "{\"model\":\"claude-sonnet-4-5\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}",
                "x-api-key",
                "sk-ant-test",
                "anthropic-version",
                "2023-06-01");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("max_tokens: Field required");
    }

    @Test
    void theUnauthorizedScenarioRaisesTheSdksUnauthorizedException() {
        server.useScenario("unauthorized");

        assertThatThrownBy(() ->
                        client.messages().create(AnthropicClients.ask("Hi").build()))
                .asInstanceOf(type(UnauthorizedException.class))
                .satisfies(e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.type()).contains(ErrorType.AUTHENTICATION_ERROR);
                    assertThat(e.requestId())
                            .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
                });
    }

    @Test
    void theApiErrorsScenarioCyclesThroughRateLimitAuthenticationAndInvalidRequest() {
        server.useScenario("api_errors");

        List<Class<?>> thrown = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            try {
                client.messages().create(AnthropicClients.ask("Hi").build());
            } catch (AnthropicServiceException e) {
                thrown.add(e.getClass());
            }
        }

        assertThat(thrown)
                .containsExactly(
                        RateLimitException.class,
                        UnauthorizedException.class,
                        BadRequestException.class,
                        RateLimitException.class);
    }

    @Test
    void aRateLimitedTurnCarriesRetryAfter() {
        server.useScenario("rate_limited");

        assertThatThrownBy(() ->
                        client.messages().create(AnthropicClients.ask("Hi").build()))
                .asInstanceOf(type(RateLimitException.class))
                .satisfies(e -> {
                    assertThat(e.type()).contains(ErrorType.RATE_LIMIT_ERROR);
                    assertThat(e.headers().values("retry-after")).containsExactly("1");
                });
    }

    @Test
    void theSimulatedRateLimitReportsAnthropicsHeadersAndRejectsPastTheLimit() {
        server.limitRate(RateLimit.requestsPerMinute(1));

        Headers admitted = client.messages()
                .withRawResponse()
                .create(AnthropicClients.ask("Hi").build())
                .headers();

        assertThat(admitted.values("anthropic-ratelimit-requests-limit")).containsExactly("1");
        assertThat(admitted.values("anthropic-ratelimit-requests-remaining")).containsExactly("0");
        assertThat(Instant.parse(
                        admitted.values("anthropic-ratelimit-requests-reset").get(0)))
                .isAfter(NOW)
                .isBeforeOrEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() ->
                        client.messages().create(AnthropicClients.ask("Hi").build()))
                .asInstanceOf(type(RateLimitException.class))
                .satisfies(e -> {
                    assertThat(e.headers().values("retry-after").get(0)).matches("[1-9][0-9]*");
                    assertThat(e.apiMessage())
                            .hasValueSatisfying(message -> assertThat(message).contains("1 requests"));
                });
    }

    @Test
    void overloadedIsA529ForAPlainRequest() {
        server.useScenario("overloaded");

        assertThatThrownBy(() ->
                        client.messages().create(AnthropicClients.ask("Hi").build()))
                .isInstanceOf(OverloadedException.class);
    }

    @Test
    void overloadedStreamsEndWithAnErrorEventAfterTheFirstDeltas() {
        server.useScenario("overloaded");
        List<RawMessageStreamEvent> received = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (StreamResponse<RawMessageStreamEvent> stream = client.messages()
                            .createStreaming(AnthropicClients.ask("Tell me about the weather in Paris today")
                                    .build())) {
                        stream.stream().forEach(received::add);
                    }
                })
                .asInstanceOf(type(SseException.class))
                .satisfies(e -> assertThat(e.type()).contains(ErrorType.OVERLOADED_ERROR));
        assertThat(received).first().matches(RawMessageStreamEvent::isMessageStart);
        assertThat(received)
                .anyMatch(RawMessageStreamEvent::isContentBlockDelta)
                .noneMatch(RawMessageStreamEvent::isMessageStop);
    }

    @Test
    void aToolResultWithoutItsToolUseIsRejected() {
        assertThatThrownBy(() -> client.messages()
                        .create(AnthropicClients.ask("Hi")
                                .addUserMessageOfContentBlockParams(
                                        List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                                                .toolUseId("toolu_unknown")
                                                .content("42")
                                                .build())))
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("unexpected `tool_use_id` found in `tool_result` blocks: toolu_unknown");
    }

    @Test
    void anUnknownModelIsNotFound() {
        assertThatThrownBy(() -> client.messages()
                        .create(AnthropicClients.ask("Hi").model("gpt-4o").build()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("model: gpt-4o");
    }

    @Test
    void theFlakyScenarioSucceedsOnTheSdksThirdAttempt() {
        server.useScenario("flaky");
        List<Duration> waits = new ArrayList<>();
        AnthropicClient retrying = AnthropicClients.builder(server)
                .maxRetries(2)
                .sleeper(recording(waits))
                .build();

        Message message = retrying.messages().create(AnthropicClients.ask("Hi").build());

        retrying.close();
        assertThat(message.content().get(0).asText().text()).isEqualTo("You said: \"Hi\"");
        assertThat(waits).hasSize(2);
        assertThat(server.interactions().all())
                .extracting(interaction -> interaction.status())
                .containsExactly(500, 529, 200);
    }

    @Test
    void theTimeoutScenarioLeavesTheClientWaitingUntilItGivesUp() {
        server.useScenario("timeout");
        AnthropicClient impatient = AnthropicClients.builder(server)
                .maxRetries(0)
                .timeout(Duration.ofMillis(300))
                .build();

        assertThatThrownBy(() ->
                        impatient.messages().create(AnthropicClients.ask("Hi").build()))
                .isInstanceOf(AnthropicIoException.class);
        impatient.close();
    }

    @Test
    void anInterruptedStreamFailsTheSdksIteration() {
        server.useScenario("streaming_interrupted");

        Message plain = client.messages().create(AnthropicClients.ask("Hi").build());
        assertThat(plain.content()).hasSize(1);
        assertThatThrownBy(() -> {
                    try (StreamResponse<RawMessageStreamEvent> stream = client.messages()
                            .createStreaming(AnthropicClients.ask("Tell me a long story about dragons and castles")
                                    .build())) {
                        stream.stream().forEach(event -> {});
                    }
                })
                .isInstanceOf(RuntimeException.class);
    }

    private HttpResponse<String> post(String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/messages"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Sleeper recording(List<Duration> waits) {
        return new Sleeper() {
            @Override
            public void sleep(Duration duration) {
                waits.add(duration);
            }

            @Override
            public CompletableFuture<Void> sleepAsync(Duration duration) {
                waits.add(duration);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void close() {}
        };
    }
}
