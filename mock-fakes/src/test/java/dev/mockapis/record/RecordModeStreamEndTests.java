package dev.mockapis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Fault;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.StreamTiming;
import dev.mockapis.core.record.Recorder;
import dev.mockapis.core.record.Redactions;
import dev.mockapis.core.record.Upstream;
import dev.mockapis.openai.OpenAiFake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a stream passed through in record mode ends up: one the stand-in provider breaks off half-way is
 * listed among the recorder's failures with what was kept, and the recording keeps what arrived.
 */
class RecordModeStreamEndTests {

    private static final String REAL_KEY = "sk-real-0123456789abcdefghij";

    @TempDir
    Path dir;

    private FakeServer provider;
    private FakeServer fake;
    private Recorder recorder;
    private OpenAIClient client;

    @BeforeEach
    void start() {
        provider = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
        fake = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
        recorder = Recorder.to(
                Upstream.at(provider.baseUrl()).withHeader("Authorization", "Bearer " + REAL_KEY),
                Redactions.defaults());
        fake.standIn(recorder);
        client = OpenAIOkHttpClient.builder()
                .baseUrl(fake.baseUrl() + "/v1")
                .apiKey("sk-mockapis-test")
                .responseValidation(true)
                .maxRetries(0)
                .build();
    }

    @AfterEach
    void stop() {
        fake.close();
        provider.close();
    }

    @Test
    void aStreamTheProviderBreaksOffIsAFailureOfTheRecordingWhichKeepsWhatArrived() throws Exception {
        provider.useScenario(breaksOffHalfWay());
        List<String> deltas = new ArrayList<>();
        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream =
                            client.chat().completions().createStreaming(ask("Tell me a long story"))) {
                        stream.stream()
                                .forEach(chunk -> chunk.choices()
                                        .forEach(choice ->
                                                choice.delta().content().ifPresent(deltas::add)));
                    }
                })
                .as("the client sees the stream break off as the provider broke it off")
                .isInstanceOf(RuntimeException.class);

        assertThat(recorder.failures())
                .singleElement()
                .satisfies(failure -> assertThat(failure)
                        .startsWith(
                                "chat.completions.create POST /v1/chat/completions: the upstream broke its stream off after ")
                        .contains("the recording keeps what arrived and is incomplete"));
        int kept = keptEvents(recorder.failures().get(0));
        assertThat(kept).isPositive().isGreaterThanOrEqualTo(deltas.size());

        Path file = dir.resolve("openai.yaml");
        recorder.write(file, "Recorded by RecordModeStreamEndTests");
        String text = Files.readString(file);
        assertThat(text.lines().filter(line -> line.trim().startsWith("after: ")))
                .as("the events that arrived, each with its timing")
                .hasSize(kept);
        assertThat(text).doesNotContain("[DONE]");
        deltas.forEach(delta -> assertThat(text).contains(delta));
    }

    @Test
    void aStreamThatEndsLeavesNoFailure() {
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(ask("Say hello"))) {
            assertThat(stream.stream().count()).isPositive();
        }

        assertThat(recorder.render("Recorded by RecordModeStreamEndTests")).contains("[DONE]");
        assertThat(recorder.failures()).isEmpty();
    }

    /**
     * The provider sends its events apart and closes the connection half-way through the stream, so
     * that the first events have arrived when it breaks off.
     */
    private static Scenario breaksOffHalfWay() {
        return Scenario.builder("breaks_off")
                .rule(Rule.on("chat.completions.create")
                        .proceed(Fault.disconnectMidBody())
                        .build())
                .build()
                .withStreamTiming(StreamTiming.of(Duration.ZERO, 40));
    }

    private static ChatCompletionCreateParams ask(String text) {
        return ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI)
                .addUserMessage(text)
                .build();
    }

    /** The number of events a failure says the recording kept. */
    private static int keptEvents(String failure) {
        String after = failure.substring(failure.indexOf("after ") + "after ".length());
        return Integer.parseInt(after.substring(0, after.indexOf(' ')));
    }
}
