package dev.mockapis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessageToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.record.Recorder;
import dev.mockapis.core.record.Redactions;
import dev.mockapis.core.record.Upstream;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;
import dev.mockapis.twilio.TwilioFake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record mode through the official SDKs: a second fake on its own socket plays the real provider, and
 * only accepts the real credentials; the fake the SDK talks to forwards to it and writes what it saw.
 */
class RecordModeTests {

    private static final String REAL_OPENAI_KEY = "sk-real-0123456789abcdefghij";
    private static final String REAL_SID = "AC99999999999999999999999999999999";
    private static final String REAL_TOKEN = "9999aaaa9999aaaa9999aaaa9999aaaa";
    private static final String FAKE_SID = "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String FAKE_TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";

    @TempDir
    Path dir;

    @Test
    void aToolCallConversationAndAStreamAreForwardedWithTheRealKeyAndWrittenAsAScenarioFile() throws Exception {
        try (FakeServer provider = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
                FakeServer fake = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
            provider.useScenario(onlyWithKey("Bearer " + REAL_OPENAI_KEY, "chat.completions.create"));
            Recorder recorder = Recorder.to(
                    Upstream.at(provider.baseUrl()).withHeader("Authorization", "Bearer " + REAL_OPENAI_KEY),
                    Redactions.defaults());
            fake.standIn(recorder);
            OpenAIClient client = OpenAIOkHttpClient.builder()
                    .baseUrl(fake.baseUrl() + "/v1")
                    .apiKey("sk-mockapis-test")
                    .responseValidation(true)
                    .maxRetries(0)
                    .build();

            ChatCompletionCreateParams.Builder ask = ChatCompletionCreateParams.builder()
                    .model(ChatModel.GPT_4O_MINI)
                    .addUserMessage("Where is order 42?")
                    .addTool(trackOrder())
                    .toolChoice(com.openai.models.chat.completions.ChatCompletionToolChoiceOption.Auto.REQUIRED);
            ChatCompletion first = client.chat().completions().create(ask.build());
            ChatCompletionMessageToolCall call =
                    first.choices().get(0).message().toolCalls().orElseThrow().get(0);
            assertThat(call.asFunction().function().name()).isEqualTo("track_order");

            ChatCompletion second = client.chat()
                    .completions()
                    .create(ask.toolChoice(com.openai.models.chat.completions.ChatCompletionToolChoiceOption.Auto.AUTO)
                            .addMessage(first.choices().get(0).message())
                            .addMessage(ChatCompletionToolMessageParam.builder()
                                    .toolCallId(call.asFunction().id())
                                    .content("{\"status\":\"shipped\"}")
                                    .build())
                            .build());
            assertThat(second.choices().get(0).message().content()).isPresent();

            StringBuilder streamed = new StringBuilder();
            try (com.openai.core.http.StreamResponse<ChatCompletionChunk> stream = client.chat()
                    .completions()
                    .createStreaming(ChatCompletionCreateParams.builder()
                            .model(ChatModel.GPT_4O_MINI)
                            .addUserMessage("Say hello")
                            .build())) {
                stream.stream()
                        .forEach(chunk -> chunk.choices()
                                .forEach(choice -> choice.delta().content().ifPresent(streamed::append)));
            }
            assertThat(streamed).isNotEmpty();
            assertThat(provider.interactions().operations())
                    .containsExactly("chat.completions.create", "chat.completions.create", "chat.completions.create");
            assertThat(provider.interactions().all())
                    .allSatisfy(interaction -> assertThat(interaction.status()).isEqualTo(200));

            Path file = dir.resolve("openai.yaml");
            recorder.write(file, "Recorded by RecordModeTests");
            String text = Files.readString(file);

            assertThat(text).doesNotContain(REAL_OPENAI_KEY).doesNotContain("sk-mockapis-test");
            assertThat(text).contains("operation: chat.completions.create", "target: /v1/chat/completions");
            assertThat(text).contains("events:", "after: ", "data: \"[DONE]\"");
            Scenario scenario = ScenarioFiles.read(file.toString(), text, new OpenAiFake(Clock.systemUTC()));
            assertThat(scenario.rules()).hasSize(3);
            assertThat(scenario.rules())
                    .allSatisfy(rule -> assertThat(rule.matcher().description()).startsWith("request POST"));
        }
    }

    @Test
    void aTwilioMessageIsSentWithTheRealAccountAndItsStatusLifecycleIsRecordedWithoutCredentialsOrNumbers()
            throws Exception {
        TwilioFake realTwilio = new TwilioFake(REAL_SID, REAL_TOKEN, Clock.systemUTC());
        // The customer wrote first, so WhatsApp's 24-hour window lets the free-form reply out.
        realTwilio.receiveInbound("whatsapp:+14155550100", "whatsapp:+14155238886");
        try (FakeServer provider = FakeServer.start(realTwilio);
                FakeServer fake = FakeServer.start(new TwilioFake(FAKE_SID, FAKE_TOKEN, Clock.systemUTC()));
                RedirectingTwilioHttpClient http = new RedirectingTwilioHttpClient(fake.baseUrl())) {
            Recorder recorder = Recorder.to(
                    Upstream.at(provider.baseUrl())
                            .withBasicAuth(REAL_SID, REAL_TOKEN)
                            .withSubstitution(FAKE_SID, REAL_SID),
                    Redactions.defaults().bodyFields(List.of("to", "from")));
            fake.standIn(recorder);
            TwilioRestClient client = new TwilioRestClient.Builder(FAKE_SID, FAKE_TOKEN)
                    .httpClient(http)
                    .build();

            Message sent = Message.creator(
                            new PhoneNumber("whatsapp:+14155550100"),
                            new PhoneNumber("whatsapp:+14155238886"),
                            "Your order has shipped")
                    .create(client);
            assertThat(sent.getAccountSid()).isEqualTo(FAKE_SID);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> Message.fetcher(sent.getSid()).fetch(client).getStatus() == Message.Status.DELIVERED);

            assertThat(provider.interactions().all()).allSatisfy(interaction -> {
                assertThat(interaction.status()).isBetween(200, 299);
                assertThat(interaction.path()).contains(REAL_SID);
            });
            Path file = dir.resolve("twilio.yaml");
            recorder.write(file, "Recorded by RecordModeTests");
            String text = Files.readString(file);

            assertThat(text)
                    .doesNotContain(REAL_SID)
                    .doesNotContain(REAL_TOKEN)
                    .doesNotContain("+14155550100")
                    .doesNotContain("+14155238886");
            assertThat(text).contains("operation: messages.create", "operation: messages.fetch");
            Scenario scenario =
                    ScenarioFiles.read(file.toString(), text, new TwilioFake(FAKE_SID, FAKE_TOKEN, Clock.systemUTC()));
            Rule fetches = scenario.rules().stream()
                    .filter(rule -> rule.operationId().equals("messages.fetch"))
                    .findFirst()
                    .orElseThrow();
            assertThat(fetches.steps())
                    .extracting(step -> ((dev.mockapis.core.ScriptedResponse.Respond) step.response())
                            .response()
                            .bodyText())
                    .anySatisfy(body -> assertThat(body).contains("\"status\":\"sent\""))
                    .last()
                    .satisfies(body -> assertThat(body).contains("\"status\":\"delivered\""));
        }
    }

    @Test
    void anAnthropicStreamIsRecordedEventByEventWithItsNames() throws Exception {
        try (FakeServer provider = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
                FakeServer fake = FakeServer.start(new AnthropicFake(Clock.systemUTC()))) {
            Recorder recorder = Recorder.to(
                    Upstream.at(provider.baseUrl()).withHeader("x-api-key", "sk-ant-real-0123456789"),
                    Redactions.defaults());
            fake.standIn(recorder);
            AnthropicClient client = AnthropicOkHttpClient.builder()
                    .baseUrl(fake.baseUrl())
                    .apiKey("sk-ant-mockapis-test")
                    .responseValidation(true)
                    .maxRetries(0)
                    .build();
            int events = 0;
            try (StreamResponse<RawMessageStreamEvent> stream = client.messages()
                    .createStreaming(MessageCreateParams.builder()
                            .model("claude-sonnet-4-5")
                            .maxTokens(256)
                            .addUserMessage("Hello")
                            .build())) {
                events = (int) stream.stream().count();
            }

            String text = recorder.render("Recorded by RecordModeTests");
            assertThat(text).doesNotContain("sk-ant-real-0123456789");
            assertThat(text).contains("event: message_start", "event: content_block_delta", "event: message_stop");
            long recordedEvents = text.lines()
                    .filter(line -> line.trim().startsWith("- event: "))
                    .count();
            assertThat(recordedEvents).isGreaterThanOrEqualTo(events);
            assertThat(text.lines().filter(line -> line.trim().startsWith("after: ")))
                    .hasSize((int) recordedEvents);
        }
    }

    @Test
    void aRecordingThatWouldContainAConfiguredSecretFailsAndIsNotWritten() throws Exception {
        try (FakeServer provider = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
                FakeServer fake = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
            Recorder recorder = Recorder.to(
                    Upstream.at(provider.baseUrl()).withHeader("Authorization", "Bearer " + REAL_OPENAI_KEY),
                    Redactions.defaults().secrets(List.of("Customer Ana Example")));
            fake.standIn(recorder);
            OpenAIClient client = OpenAIOkHttpClient.builder()
                    .baseUrl(fake.baseUrl() + "/v1")
                    .apiKey("sk-mockapis-test")
                    .maxRetries(0)
                    .build();
            client.chat()
                    .completions()
                    .create(ChatCompletionCreateParams.builder()
                            .model(ChatModel.GPT_4O_MINI)
                            .addUserMessage("My name is Customer Ana Example")
                            .build());

            Path file = dir.resolve("leaky/openai.yaml");
            assertThatThrownBy(() -> recorder.write(file, "leaky"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("configured secret #1 (as is) on line")
                    .hasMessageContaining("mockapis.<api>.record.redact-fields")
                    .hasMessageNotContaining("Customer Ana Example");
            assertThat(file).doesNotExist();

            Recorder redacting = Recorder.to(
                    Upstream.at(provider.baseUrl()).withHeader("Authorization", "Bearer " + REAL_OPENAI_KEY),
                    Redactions.defaults()
                            .secrets(List.of("Customer Ana Example"))
                            .bodyFields(List.of("messages", "content")));
            fake.standIn(redacting);
            client.chat()
                    .completions()
                    .create(ChatCompletionCreateParams.builder()
                            .model(ChatModel.GPT_4O_MINI)
                            .addUserMessage("My name is Customer Ana Example")
                            .build());
            assertThat(redacting.render("redacted")).contains("messages: <redacted>");
        }
    }

    /** The stand-in for the real provider answers only the real key; anything else gets its 401. */
    private static Scenario onlyWithKey(String authorization, String operation) {
        return Scenario.builder("real_key_only")
                .rule(Rule.on(operation)
                        .when(RequestMatcher.header("Authorization", authorization))
                        .proceed()
                        .build())
                .on(
                        operation,
                        rule -> rule.fail(ProviderError.of(401, "invalid_api_key", "Incorrect API key provided")
                                .withType("invalid_request_error")))
                .build();
    }

    private static ChatCompletionFunctionTool trackOrder() {
        return ChatCompletionFunctionTool.builder()
                .function(FunctionDefinition.builder()
                        .name("track_order")
                        .description("Where an order is")
                        .parameters(FunctionParameters.builder()
                                .putAdditionalProperty("type", JsonValue.from("object"))
                                .putAdditionalProperty(
                                        "properties", JsonValue.from(Map.of("order_id", Map.of("type", "string"))))
                                .putAdditionalProperty("required", JsonValue.from(List.of("order_id")))
                                .build())
                        .build())
                .build();
    }
}
