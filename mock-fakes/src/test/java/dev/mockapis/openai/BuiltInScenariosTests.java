package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.responses.ResponseCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BuiltInScenariosTests {

    private static FakeServer openai;
    private static OpenAIClient client;
    private static OpenAIClient retryingClient;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
        client = OpenAiFakeSupport.client(openai);
        retryingClient = OpenAiFakeSupport.builder(openai).maxRetries(2).build();
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    @AfterEach
    void reset() {
        openai.reset();
    }

    @Test
    void theCatalogOffersEveryBuiltInScenarioWithSuccessfulConversationFirst() {
        assertThat(openai.scenarios().names())
                .containsExactly(
                        "successful_conversation",
                        "tool_usage",
                        "api_errors",
                        "rate_limited",
                        "unauthorized",
                        "invalid_request",
                        "server_error",
                        "overloaded",
                        "timeout",
                        "flaky",
                        "streaming_interrupted",
                        "flagged",
                        "batch_failed",
                        "batch_expired",
                        "batch_cancelled",
                        "azure_content_filter",
                        "video_failed");
        assertThat(openai.activeScenario().name()).isEqualTo("successful_conversation");
    }

    @Test
    void rateLimitedAnswers429WithRetryHeadersNamingTheModel() {
        openai.useScenario(OpenAiScenarios.RATE_LIMITED);

        assertThatThrownBy(() -> client.chat().completions().create(chat("Hi")))
                .isInstanceOfSatisfying(RateLimitException.class, e -> {
                    assertThat(e.code()).hasValue("rate_limit_exceeded");
                    assertThat(e.type()).hasValue("requests");
                    assertThat(e.getMessage()).contains("Rate limit reached for gpt-4o in organization");
                    assertThat(e.headers().values("retry-after")).containsExactly("1");
                    assertThat(e.headers().values("retry-after-ms")).containsExactly("10");
                    assertThat(e.headers().values("x-ratelimit-remaining-requests"))
                            .containsExactly("0");
                });
    }

    @Test
    void theSdkRetriesARateLimitQuicklyBecauseOfRetryAfterMs() {
        openai.useScenario(OpenAiScenarios.RATE_LIMITED);
        long started = System.nanoTime();

        assertThatThrownBy(() -> retryingClient.responses().create(response("Hi")))
                .isInstanceOf(RateLimitException.class);

        assertThat(statuses()).containsExactly(429, 429, 429);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void unauthorizedRejectsEveryCallNamingTheMaskedKey() {
        openai.useScenario(OpenAiScenarios.UNAUTHORIZED);

        assertThatThrownBy(() -> client.models().list()).isInstanceOfSatisfying(UnauthorizedException.class, e -> {
            assertThat(e.code()).hasValue("invalid_api_key");
            assertThat(e.getMessage()).contains("Incorrect API key provided: sk-***********7890.");
        });
        assertThatThrownBy(() -> client.chat().completions().create(chat("Hi")))
                .isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void invalidRequestAnswersContextLengthExceededNamingTheParameter() {
        openai.useScenario(OpenAiScenarios.INVALID_REQUEST);

        assertThatThrownBy(() -> client.chat().completions().create(chat("Hi")))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.code()).hasValue("context_length_exceeded");
                    assertThat(e.param()).hasValue("messages");
                });
        assertThatThrownBy(() -> client.responses().create(response("Hi")))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.param()).hasValue("input"));
    }

    @Test
    void serverErrorAndOverloadedAnswer500And503() {
        openai.useScenario(OpenAiScenarios.SERVER_ERROR);
        assertThatThrownBy(() -> client.chat().completions().create(chat("Hi")))
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.type()).hasValue("server_error");
                });

        openai.useScenario(OpenAiScenarios.OVERLOADED);
        assertThatThrownBy(() -> client.embeddings().create(embedding("Hi")))
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(503);
                    assertThat(e.headers().values("retry-after-ms")).containsExactly("10");
                });
    }

    @Test
    void flakyFailsTwiceThenSucceedsSoTheSdksRetriesRecover() {
        openai.useScenario(OpenAiScenarios.FLAKY);

        ChatCompletion completion = retryingClient.chat().completions().create(chat("Hi"));

        assertThat(completion.choices().get(0).message().content()).hasValue("You said: \"Hi\"");
        assertThat(statuses()).containsExactly(500, 503, 200);
    }

    @Test
    void apiErrorsAnswer429Then401Then400ThenAgainFromTheStart() {
        openai.useScenario(OpenAiScenarios.API_ERRORS);
        List<Class<?>> outcomes = new ArrayList<>();

        for (int i = 0; i < 4; i++) {
            try {
                client.chat().completions().create(chat("Hi"));
                outcomes.add(ChatCompletion.class);
            } catch (RuntimeException e) {
                outcomes.add(e.getClass());
            }
        }

        assertThat(outcomes)
                .containsExactly(
                        RateLimitException.class,
                        UnauthorizedException.class,
                        BadRequestException.class,
                        RateLimitException.class);
    }

    @Test
    void timeoutStallsUntilTheClientGivesUp() {
        openai.useScenario(OpenAiScenarios.TIMEOUT);
        OpenAIClient impatient = OpenAiFakeSupport.builder(openai)
                .maxRetries(0)
                .timeout(Duration.ofMillis(300))
                .build();

        assertThatThrownBy(() -> impatient.chat().completions().create(chat("Hi")))
                .isInstanceOf(OpenAIIoException.class)
                // the call's or the socket's read timeout, whichever OkHttp notices first
                .cause()
                .isInstanceOf(java.io.InterruptedIOException.class)
                .message()
                .isIn("timeout", "Read timed out");
    }

    @Test
    void streamingInterruptedCutsStreamsHalfWayButLeavesPlainCallsAlone() {
        openai.useScenario(OpenAiScenarios.STREAMING_INTERRUPTED);
        List<ChatCompletionChunk> received = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream = client.chat()
                            .completions()
                            .createStreaming(chat("Tell me a long story about the sea and the wind"))) {
                        stream.stream().forEach(received::add);
                    }
                })
                .isInstanceOf(OpenAIIoException.class);

        assertThat(received).isNotEmpty();
        assertThat(received)
                .noneMatch(chunk -> chunk.choices().stream()
                        .anyMatch(choice -> choice.finishReason().isPresent()));
        assertThat(client.chat().completions().create(chat("Hi")).choices()).hasSize(1);
    }

    private static List<Integer> statuses() {
        return openai.interactions().all().stream().map(Interaction::status).toList();
    }

    private static ChatCompletionCreateParams chat(String text) {
        return ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage(text)
                .build();
    }

    private static ResponseCreateParams response(String text) {
        return ResponseCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .input(text)
                .build();
    }

    private static EmbeddingCreateParams embedding(String text) {
        return EmbeddingCreateParams.builder()
                .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
                .input(text)
                .build();
    }
}
