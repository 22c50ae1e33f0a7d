package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import dev.mockapis.MockApis;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.openaiapp.OpenAiTestApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Record and replay in a Spring Boot test: a second OpenAI fake plays the real provider (and takes
 * only the real key); a test class records through the app's own {@code OpenAIClient}, then runs
 * again with the provider gone and is answered from its recording, and a changed prompt fails with
 * the nearest recording and the difference. Properties are system properties, which the context's
 * environment reads live, so one cached context serves every run.
 */
class RecordReplayIntegrationTests {

    private static final String REAL_KEY = "sk-real-abcdefghijklmnopqrstuv";
    private static final List<String> PROPERTIES = List.of(
            "mockapis.openai.mode",
            "mockapis.openai.upstream.url",
            "mockapis.openai.upstream.api-key",
            "mockapis.recordings.dir",
            AsksWithAToolAndStreams.PROMPT);

    @TempDir
    Path recordings;

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void aTestRecordsOnceAndIsThenAnsweredFromItsRecordingWithTheProviderGone() throws Exception {
        System.setProperty("mockapis.recordings.dir", recordings.toString());
        try (FakeServer provider = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
            provider.useScenario(realKeyOnly());
            System.setProperty("mockapis.openai.mode", "record");
            System.setProperty("mockapis.openai.upstream.url", provider.baseUrl());
            System.setProperty("mockapis.openai.upstream.api-key", REAL_KEY);

            assertThat(failures(launch())).isEmpty();
            assertThat(provider.interactions().operations()).hasSize(3);
        }
        Path file = recordings.resolve(AsksWithAToolAndStreams.class.getName() + "/asks/openai.yaml");
        String recording = Files.readString(file);
        assertThat(recording)
                .doesNotContain(REAL_KEY)
                .contains("Where is order 42?", "track_order", "events:")
                .startsWith("description: Recorded by " + AsksWithAToolAndStreams.class.getName() + ".asks");

        System.clearProperty("mockapis.openai.mode");
        System.clearProperty("mockapis.openai.upstream.url");
        assertThat(failures(launch())).isEmpty();
        assertThat(Files.readString(file)).isEqualTo(recording);

        System.setProperty(AsksWithAToolAndStreams.PROMPT, "Where is order 43?");
        assertThat(failures(launch()))
                .singleElement()
                .asString()
                .contains("no recorded chat.completions.create matches POST /v1/chat/completions")
                .contains("nearest recorded request (1 of 3 for chat.completions.create), differing in:")
                .contains("json/messages/0/content: recorded \"Where is order 42?\", requested \"Where is order 43?\"")
                .contains("Record it again with mockapis.openai.mode=record.");
    }

    @Test
    void replayModeWithoutARecordingFailsTheTestNamingTheFile() {
        System.setProperty("mockapis.recordings.dir", recordings.toString());
        System.setProperty("mockapis.openai.mode", "replay");

        assertThat(failures(launch()))
                .singleElement()
                .asString()
                .contains("mockapis.openai.mode=replay, but there is no recording")
                .contains(AsksWithAToolAndStreams.class.getName() + "/asks/openai.yaml")
                .contains("record it with mockapis.openai.mode=record");
    }

    private static EngineExecutionResults launch() {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(AsksWithAToolAndStreams.class))
                .configurationParameter(OnlyWhenLaunchedByATest.PARAMETER, "true")
                .execute();
    }

    private static List<String> failures(EngineExecutionResults results) {
        assertThat(results.testEvents().count()).isPositive();
        return results.testEvents().failed().list().stream()
                .map(Event::getPayload)
                .map(payload -> payload.map(TestExecutionResult.class::cast)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage)
                        .orElse("?"))
                .toList();
    }

    private static Scenario realKeyOnly() {
        return Scenario.builder("real_key_only")
                .rule(Rule.on("chat.completions.create")
                        .when(RequestMatcher.header("Authorization", "Bearer " + REAL_KEY))
                        .proceed()
                        .build())
                .on("chat.completions.create", rule -> rule.fail(ProviderError.of(401, "invalid_api_key", "Bad key")))
                .build();
    }

    @OnlyWhenLaunchedByATest
    @SpringBootTest(classes = OpenAiTestApplication.class)
    @MockApis
    static class AsksWithAToolAndStreams {

        static final String PROMPT = "record-replay-tests.prompt";

        @Autowired
        OpenAIClient openAi;

        @Test
        void asks() {
            ChatCompletionCreateParams.Builder ask = ChatCompletionCreateParams.builder()
                    .model(ChatModel.GPT_4O_MINI)
                    .addUserMessage(System.getProperty(PROMPT, "Where is order 42?"))
                    .addTool(trackOrder())
                    .toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED);
            ChatCompletion first = openAi.chat().completions().create(ask.build());
            String callId = first.choices()
                    .get(0)
                    .message()
                    .toolCalls()
                    .orElseThrow()
                    .get(0)
                    .asFunction()
                    .id();

            ChatCompletion answer = openAi.chat()
                    .completions()
                    .create(ask.toolChoice(ChatCompletionToolChoiceOption.Auto.AUTO)
                            .addMessage(first.choices().get(0).message())
                            .addMessage(com.openai.models.chat.completions.ChatCompletionToolMessageParam.builder()
                                    .toolCallId(callId)
                                    .content("{\"status\":\"shipped\"}")
                                    .build())
                            .build());
            assertThat(answer.choices().get(0).message().content()).isPresent();

            StringBuilder text = new StringBuilder();
            try (StreamResponse<ChatCompletionChunk> stream = openAi.chat()
                    .completions()
                    .createStreaming(ChatCompletionCreateParams.builder()
                            .model(ChatModel.GPT_4O_MINI)
                            .addUserMessage("Thank you")
                            .build())) {
                stream.stream()
                        .forEach(chunk -> chunk.choices()
                                .forEach(choice -> choice.delta().content().ifPresent(text::append)));
            }
            assertThat(text).isNotEmpty();
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
}
