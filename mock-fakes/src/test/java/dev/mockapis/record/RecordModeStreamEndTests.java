package dev.mockapis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Fault;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.InteractionLog;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.StreamTiming;
import dev.mockapis.core.record.Recorder;
import dev.mockapis.core.record.Redactions;
import dev.mockapis.core.record.Upstream;
import dev.mockapis.openai.OpenAiFake;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * listed among the recorder's failures with what was kept, and the recording keeps what arrived; the
 * interaction log of the recording fake carries each stream's events once it is over, bounded as every
 * logged body is.
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

    @Test
    void theInteractionLogCarriesTheEventsOfAStreamOnceItIsOver() {
        List<String> deltas = new ArrayList<>();
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(ask("Tell me about the weather"))) {
            stream.stream()
                    .forEach(chunk -> chunk.choices()
                            .forEach(choice -> choice.delta().content().ifPresent(deltas::add)));
        }

        Interaction logged = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> only(fake),
                        interaction -> interaction.responseBody().endsWith("data: [DONE]\n\n"));
        assertThat(logged.operationId()).isEqualTo("chat.completions.create");
        assertThat(logged.responseBody()).startsWith("data: {").contains("\"object\":\"chat.completion.chunk\"");
        assertThat(String.join("", deltas)).isNotEmpty();
        deltas.forEach(delta -> assertThat(logged.responseBody()).contains(delta.replace("\"", "\\\"")));
        assertThat(logged.responseBody())
                .as("the stream as the provider sent it, passed on")
                .isEqualTo(only(provider).responseBody());
    }

    @Test
    void theInteractionLogCarriesWhatWasSentOfAStreamTheProviderBrokeOff() {
        provider.useScenario(breaksOffHalfWay());
        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream =
                            client.chat().completions().createStreaming(ask("Tell me a long story"))) {
                        stream.stream().forEach(chunk -> {});
                    }
                })
                .isInstanceOf(RuntimeException.class);

        Interaction logged = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> only(fake),
                        interaction -> !interaction.responseBody().isEmpty());
        int kept = keptEvents(recorder.failures().get(0));
        assertThat(List.of(logged.responseBody().split("\n\n", -1)))
                .as("each event sent, then nothing")
                .hasSize(kept + 1)
                .last()
                .isEqualTo("");
        assertThat(logged.responseBody()).doesNotContain("[DONE]");
    }

    @Test
    void aLongStreamIsLoggedCutWithItsFullLength() throws Exception {
        List<ServerSentEvent> events = new ArrayList<>();
        String filler = "x".repeat(1000);
        for (int i = 0; i < 100; i++) {
            events.add(ServerSentEvent.data("{\"n\":" + i + ",\"text\":\"" + filler + "\"}"));
        }
        ResponseBody.EventStream stream = new ResponseBody.EventStream(events);
        provider.useScenario(Scenario.builder("long_stream")
                .rule(Rule.on("chat.completions.create")
                        .respond(new FakeResponse(
                                200, HttpHeaders.of("Content-Type", "text/event-stream; charset=utf-8"), stream))
                        .build())
                .build());
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v1/chat/completions"))
                                .header("Authorization", "Bearer sk-mockapis-test")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-4o-mini\",\"stream\":true,"
                                        + "\"messages\":[{\"role\":\"user\",\"content\":\"Go on\"}]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).isEqualTo(stream.text());

        Interaction logged = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> only(fake),
                        interaction -> !interaction.responseBody().isEmpty());
        assertThat(logged.responseBody())
                .startsWith(stream.text().substring(0, InteractionLog.MAX_BODY_CHARS))
                .endsWith("…[truncated, " + stream.text().length() + " chars in full]");
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

    private static Interaction only(FakeServer server) {
        List<Interaction> all = server.interactions().all();
        assertThat(all).hasSize(1);
        return all.get(0);
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
