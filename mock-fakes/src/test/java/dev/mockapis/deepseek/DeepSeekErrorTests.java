package dev.mockapis.deepseek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.openai.client.OpenAIClient;
import com.openai.core.Sleeper;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.errors.UnauthorizedException;
import com.openai.errors.UnexpectedStatusCodeException;
import com.openai.errors.UnprocessableEntityException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeepSeekErrorTests {

    private final FakeServer server = FakeServer.start(new DeepSeekFake(Clock.systemUTC()));
    private final OpenAIClient client = DeepSeekClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void theUnauthorizedScenarioIsTheSdksUnauthorizedException() {
        server.useScenario("unauthorized");

        assertThatThrownBy(this::ask)
                .asInstanceOf(type(UnauthorizedException.class))
                .satisfies(e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.getMessage()).contains("Authentication Fails, Your api key: ****test is invalid");
                });
    }

    @Test
    void anEmptyBalanceIs402WhichTheSdkHasNoTypeFor() {
        server.useScenario("insufficient_balance");

        assertThatThrownBy(this::ask)
                .asInstanceOf(type(UnexpectedStatusCodeException.class))
                .satisfies(e -> {
                    assertThat(e.statusCode()).isEqualTo(402);
                    assertThat(e.body().toString()).contains("Insufficient Balance", "unknown_error");
                });
    }

    @Test
    void aParameterOutOfRangeIsAnUnprocessableEntity() {
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(DeepSeekClients.ask(DeepSeekClients.FLASH, "Hi")
                                .temperature(3.5)
                                .build()))
                .isInstanceOf(UnprocessableEntityException.class)
                .hasMessageContaining("Invalid 'temperature': expected a value in [0, 2], got 3.5");
    }

    @Test
    void anUnknownModelDoesNotExist() {
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(DeepSeekClients.ask("gpt-4o", "Hi").build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Model Not Exist");
    }

    @Test
    void aMissingFieldOrABrokenBodyIsAnsweredAsDeepSeekDoes() throws Exception {
        HttpResponse<String> missing = post("{\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");
        HttpResponse<String> broken = post("{\"model\":");

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body())
                .isEqualTo(
                        "{\"error\":{\"message\":\"Failed to deserialize the JSON body into the target type: missing field"
                                + " `model`\",\"type\":\"invalid_request_error\",\"param\":null,\"code\":\"invalid_request_error\"}}");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("Failed to parse the request body as JSON");
    }

    @Test
    void theApiErrorsScenarioCyclesThroughRateLimitAuthenticationAndFormatErrors() {
        server.useScenario("api_errors");

        List<Integer> statuses = new ArrayList<>();
        List<Class<?>> thrown = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try {
                ask();
            } catch (OpenAIServiceException e) {
                statuses.add(e.statusCode());
                thrown.add(e.getClass());
            }
        }

        assertThat(statuses).containsExactly(429, 401, 400);
        assertThat(thrown)
                .containsExactly(RateLimitException.class, UnauthorizedException.class, BadRequestException.class);
    }

    @Test
    void overloadedIsA503() {
        server.useScenario("overloaded");

        assertThatThrownBy(this::ask)
                .asInstanceOf(type(InternalServerException.class))
                .satisfies(e -> assertThat(e.statusCode()).isEqualTo(503));
    }

    @Test
    void theFlakyScenarioSucceedsOnTheSdksThirdAttempt() {
        server.useScenario("flaky");
        List<Duration> waits = new ArrayList<>();
        OpenAIClient retrying = DeepSeekClients.builder(server)
                .maxRetries(2)
                .sleeper(recording(waits))
                .build();

        ChatCompletion completion = retrying.chat()
                .completions()
                .create(DeepSeekClients.ask(DeepSeekClients.FLASH, "Hi").build());

        retrying.close();
        assertThat(DeepSeekClients.content(completion)).isEqualTo("You said: \"Hi\"");
        assertThat(waits).hasSize(2);
        assertThat(server.interactions().all()).extracting(Interaction::status).containsExactly(500, 503, 200);
    }

    @Test
    void aReplyThatFailsMidStreamEndsTheStreamWithAnErrorPayload() {
        server.useScenario(Scenario.builder("overloaded_stream")
                .rule(Rule.on(ConversationScenarios.MODEL_TURN)
                        .proceedWith(Reply.failMidStream(Failure.OVERLOADED))
                        .build())
                .build());
        List<ChatCompletionChunk> received = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream = client.chat()
                            .completions()
                            .createStreaming(
                                    DeepSeekClients.ask(DeepSeekClients.FLASH, "Tell me about the weather in Paris")
                                            .build())) {
                        stream.stream().forEach(received::add);
                    }
                })
                .isInstanceOf(SseException.class)
                .hasMessageContaining("Server Overloaded");
        assertThat(received).isNotEmpty();
    }

    @Test
    void anInterruptedStreamFailsTheSdksIteration() {
        server.useScenario("streaming_interrupted");

        assertThat(ask().choices()).hasSize(1);
        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream = client.chat()
                            .completions()
                            .createStreaming(
                                    DeepSeekClients.ask(DeepSeekClients.FLASH, "Tell me a long story about dragons")
                                            .build())) {
                        stream.stream().forEach(chunk -> {});
                    }
                })
                .isInstanceOf(RuntimeException.class);
    }

    private ChatCompletion ask() {
        return client.chat()
                .completions()
                .create(DeepSeekClients.ask(DeepSeekClients.FLASH, "Hi").build());
    }

    private HttpResponse<String> post(String body) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.baseUrl() + "/chat/completions"))
                                .header("Authorization", "Bearer sk-test")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
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
