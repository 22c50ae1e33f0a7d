package dev.mockapis.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.StreamTiming;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.deepseek.DeepSeekFake;
import dev.mockapis.gemini.GeminiFake;
import dev.mockapis.openai.OpenAiFake;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One stream timing paces every LLM fake's streamed answers alike, measured by each official SDK as an
 * application would: the time to the first token and the time to the last, both as lower bounds, the
 * last one counting the tokens each delta carries rather than the deltas.
 */
class StreamTimingEveryProviderTests {

    private static final Duration TIME_TO_FIRST_TOKEN = Duration.ofMillis(250);
    private static final double TOKENS_PER_SECOND = 100;

    /** Streams one answer through a provider's SDK; each text delta with its arrival. */
    interface StreamingClient {
        List<Arrival> stream(FakeServer server, String question);
    }

    /** A text delta the SDK handed over, in nanoseconds after the call began. */
    record Arrival(long nanos, String text) {}

    static Stream<Arguments> providers() {
        Clock clock = Clock.systemUTC();
        return Stream.of(
                provider(
                        "openai",
                        () -> FakeServer.start(new OpenAiFake(clock)),
                        StreamTimingEveryProviderTests::openAi),
                provider(
                        "anthropic",
                        () -> FakeServer.start(new AnthropicFake(clock)),
                        StreamTimingEveryProviderTests::anthropic),
                provider(
                        "gemini",
                        () -> FakeServer.start(new GeminiFake(clock)),
                        StreamTimingEveryProviderTests::gemini),
                provider(
                        "deepseek",
                        () -> FakeServer.start(new DeepSeekFake(clock)),
                        StreamTimingEveryProviderTests::deepSeek));
    }

    private static Arguments provider(
            String name, java.util.function.Supplier<FakeServer> server, StreamingClient client) {
        return Arguments.of(Named.of(name, server), client);
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aScenarioBuiltInJavaPacesTheStream(java.util.function.Supplier<FakeServer> servers, StreamingClient client) {
        paced(
                servers,
                client,
                server -> server.scenarios()
                        .defaultScenario()
                        .withStreamTiming(StreamTiming.of(TIME_TO_FIRST_TOKEN, TOKENS_PER_SECOND)));
    }

    @ParameterizedTest
    @MethodSource("providers")
    void aScenarioFilePacesTheStream(java.util.function.Supplier<FakeServer> servers, StreamingClient client) {
        paced(servers, client, server -> ScenarioFiles.read("typing.yaml", """
                description: Answers as if typed
                streamTiming: { timeToFirstToken: 250ms, tokensPerSecond: 100, jitter: 2ms, seed: 7 }
                rules: []
                """, server.api()));
    }

    private static void paced(
            java.util.function.Supplier<FakeServer> servers,
            StreamingClient client,
            Function<FakeServer, Scenario> scenario) {
        try (FakeServer server = servers.get()) {
            server.useScenario(scenario.apply(server));

            List<Arrival> arrivals = client.stream(server, "Tell me about the weather in Paris today");

            Duration jitter = server.activeScenario().streamTiming().jitter();
            assertThat(arrivals).hasSizeGreaterThan(2);
            assertThat(Duration.ofNanos(arrivals.get(0).nanos()))
                    .isGreaterThanOrEqualTo(TIME_TO_FIRST_TOKEN.minus(jitter));
            // each delta after the first left the fake no sooner than its tokens' time at the rate after the one before
            Duration interval = Duration.ofNanos((long) (1_000_000_000L / TOKENS_PER_SECOND));
            int laterTokens = arrivals.stream()
                    .skip(1)
                    .mapToInt(arrival -> Tokens.count(arrival.text()))
                    .sum();
            assertThat(laterTokens).as("deltas of more than one token").isGreaterThan(arrivals.size() - 1);
            assertThat(Duration.ofNanos(arrivals.get(arrivals.size() - 1).nanos()))
                    .isGreaterThanOrEqualTo(TIME_TO_FIRST_TOKEN
                            .plus(interval.multipliedBy(laterTokens))
                            .minus(jitter.multipliedBy(arrivals.size())));
        }
    }

    private static List<Arrival> openAi(FakeServer server, String question) {
        return chatCompletions(server, server.baseUrl() + "/v1", "gpt-4o", question, Map.of());
    }

    private static List<Arrival> deepSeek(FakeServer server, String question) {
        return chatCompletions(
                server, server.baseUrl(), "deepseek-chat", question, Map.of("thinking", Map.of("type", "disabled")));
    }

    private static List<Arrival> chatCompletions(
            FakeServer server, String baseUrl, String model, String question, Map<String, Object> extra) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl(baseUrl)
                .apiKey("sk-test")
                .maxRetries(0)
                .responseValidation(true)
                .build();
        ChatCompletionCreateParams.Builder params =
                ChatCompletionCreateParams.builder().model(model).addUserMessage(question);
        extra.forEach((key, value) -> params.putAdditionalBodyProperty(key, JsonValue.from(value)));
        List<Arrival> arrivals = new ArrayList<>();
        long started = System.nanoTime();
        try (com.openai.core.http.StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(params.build())) {
            stream.stream().forEach(chunk -> {
                String text = chunk.choices().stream()
                        .map(choice -> choice.delta().content().orElse(""))
                        .collect(java.util.stream.Collectors.joining());
                if (!text.isEmpty()) {
                    arrivals.add(new Arrival(System.nanoTime() - started, text));
                }
            });
        } finally {
            client.close();
        }
        return arrivals;
    }

    private static List<Arrival> anthropic(FakeServer server, String question) {
        AnthropicClient client = AnthropicOkHttpClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey("sk-ant-test")
                .maxRetries(0)
                .responseValidation(true)
                .build();
        List<Arrival> arrivals = new ArrayList<>();
        long started = System.nanoTime();
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages()
                .createStreaming(MessageCreateParams.builder()
                        .model("claude-sonnet-4-5")
                        .maxTokens(1024)
                        .addUserMessage(question)
                        .build())) {
            stream.stream()
                    .filter(RawMessageStreamEvent::isContentBlockDelta)
                    .forEach(event -> arrivals.add(new Arrival(
                            System.nanoTime() - started,
                            event.asContentBlockDelta()
                                    .delta()
                                    .text()
                                    .map(delta -> delta.text())
                                    .orElse(""))));
        } finally {
            client.close();
        }
        return arrivals;
    }

    private static List<Arrival> gemini(FakeServer server, String question) {
        Client client = Client.builder()
                .apiKey("k")
                .httpOptions(HttpOptions.builder()
                        .baseUrl(server.baseUrl())
                        .retryOptions(HttpRetryOptions.builder()
                                .attempts(1)
                                .initialDelay(0.0)
                                .build())
                        .build())
                .build();
        List<Arrival> arrivals = new ArrayList<>();
        long started = System.nanoTime();
        try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(
                "gemini-2.5-flash", question, GenerateContentConfig.builder().build())) {
            stream.forEach(chunk -> {
                if (chunk.text() != null && !chunk.text().isEmpty()) {
                    arrivals.add(new Arrival(System.nanoTime() - started, chunk.text()));
                }
            });
        } finally {
            client.close();
        }
        return arrivals;
    }
}
