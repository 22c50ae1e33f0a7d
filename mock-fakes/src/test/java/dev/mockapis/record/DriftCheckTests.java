package dev.mockapis.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.Recordings;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.record.DriftCheck;
import dev.mockapis.core.record.DriftReport;
import dev.mockapis.core.record.Recorder;
import dev.mockapis.core.record.Redactions;
import dev.mockapis.core.record.Upstream;
import dev.mockapis.openai.OpenAiFake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drift check against a stand-in provider: a recording checked against the same provider shows no
 * drift, and once the provider's answers change shape it reports each new, missing and retyped field.
 */
class DriftCheckTests {

    private static final String KEY = "sk-real-drift-0123456789abcdef";

    @Test
    void anUnchangedProviderShowsNoDriftAndAChangedOneShowsEachChange() {
        try (FakeServer provider = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
                FakeServer fake = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
            Upstream upstream = Upstream.at(provider.baseUrl()).withHeader("Authorization", "Bearer " + KEY);
            Recorder recorder = Recorder.to(upstream, Redactions.defaults());
            fake.standIn(recorder);
            OpenAIClient client = OpenAIOkHttpClient.builder()
                    .baseUrl(fake.baseUrl() + "/v1")
                    .apiKey("sk-mockapis-test")
                    .responseValidation(true)
                    .maxRetries(0)
                    .build();
            client.chat().completions().create(ask().build());
            try (StreamResponse<ChatCompletionChunk> stream =
                    client.chat().completions().createStreaming(ask().build())) {
                assertThat(stream.stream().count()).isPositive();
            }
            String recording = recorder.render("drift");
            OpenAiFake api = new OpenAiFake(Clock.systemUTC());

            DriftReport unchanged = DriftCheck.against(upstream).check("openai.yaml", recording, api);
            assertThat(unchanged.requests()).isEqualTo(2);
            assertThat(unchanged.changes()).isEmpty();

            provider.useScenario(changedShapes());
            DriftReport changed = DriftCheck.against(upstream).check("openai.yaml", recording, api);

            assertThat(changed.drifted()).isTrue();
            assertThat(changed.changes())
                    .containsExactlyInAnyOrder(
                            "chat.completions.create POST /v1/chat/completions: new field choices[].message.mood (string)",
                            "chat.completions.create POST /v1/chat/completions: missing field usage (was object)",
                            "chat.completions.create POST /v1/chat/completions: missing field system_fingerprint (was string)",
                            "chat.completions.create POST /v1/chat/completions: missing field service_tier (was string)",
                            "chat.completions.create POST /v1/chat/completions: retyped field created: number -> string",
                            "chat.completions.create POST /v1/chat/completions: was an event stream, now a plain body");
            assertThat(changed.toString()).startsWith("openai.yaml: 2 request(s), 6 change(s)");
        }
    }

    @Test
    void theCommandChecksEveryRecordingWhoseApiHasCredentialsAndSaysWhichItSkipped(@TempDir Path dir) throws Exception {
        try (FakeServer provider = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
                FakeServer fake = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
            Upstream upstream = Upstream.at(provider.baseUrl()).withHeader("Authorization", "Bearer " + KEY);
            Recorder recorder = Recorder.to(upstream, Redactions.defaults());
            fake.standIn(recorder);
            OpenAIOkHttpClient.builder()
                    .baseUrl(fake.baseUrl() + "/v1")
                    .apiKey("sk-mockapis-test")
                    .maxRetries(0)
                    .build()
                    .chat()
                    .completions()
                    .create(ask().build());
            recorder.write(dir.resolve("com.example.OrderTests/answers/openai.yaml"), "drift");
            Files.createDirectories(dir.resolve("com.example.OrderTests/reviews"));
            Files.writeString(dir.resolve("com.example.OrderTests/reviews/anthropic.yaml"), "rules: []\n");
            Map<String, String> properties = Map.of(
                    "mockapis.recordings.dir", dir.toString(),
                    "mockapis.openai.upstream.url", provider.baseUrl(),
                    "mockapis.openai.upstream.api-key", KEY);

            provider.useScenario(changedShapes());
            Recordings.DriftResult result =
                    Recordings.configuredBy(properties::get).checkDrift();

            assertThat(result.drifted()).isTrue();
            assertThat(result.reports())
                    .singleElement()
                    .satisfies(report -> assertThat(report.recording()).endsWith("answers/openai.yaml"));
            assertThat(result.skipped())
                    .singleElement()
                    .asString()
                    .startsWith("anthropic: mockapis.anthropic.upstream.api-key is not set");
        }
    }

    private static ChatCompletionCreateParams.Builder ask() {
        return ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O_MINI).addUserMessage("Hello");
    }

    /** The provider now answers a new shape: one field more, two fewer, one retyped. */
    private static Scenario changedShapes() {
        String body = """
                {"id":"chatcmpl-1","object":"chat.completion","created":"yesterday","model":"gpt-4o-mini",
                 "choices":[{"index":0,"message":{"role":"assistant","content":"Hi","refusal":null,
                 "annotations":[],"mood":"cheerful"},"logprobs":null,"finish_reason":"stop"}]}""";
        return Scenario.builder("changed_shapes")
                .rule(Rule.on("chat.completions.create")
                        .when(RequestMatcher.any())
                        .respond(FakeResponse.json(200, body))
                        .build())
                .build();
    }
}
