package dev.mockapis.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.StreamTiming;
import dev.mockapis.core.record.Recorder;
import dev.mockapis.core.record.Redactions;
import dev.mockapis.core.record.Upstream;
import dev.mockapis.openai.OpenAiFake;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Record mode passes a stream through: the stand-in provider paces its stream (a time to first token,
 * then a slow rate), and the client of the recording fake sees each event as the provider sends it,
 * not all of them once the provider is done; the recording still gets every event with its timing.
 */
class RecordModeStreamingTests {

    private static final String REAL_KEY = "sk-real-0123456789abcdefghij";
    private static final Duration TIME_TO_FIRST_TOKEN = Duration.ofMillis(300);
    private static final double EVENTS_PER_SECOND = 5;

    private FakeServer provider;
    private FakeServer fake;
    private Recorder recorder;

    @BeforeEach
    void start() {
        provider = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
        provider.useScenario(Scenario.unscripted("paced", "a provider that takes its time")
                .withStreamTiming(StreamTiming.of(TIME_TO_FIRST_TOKEN, EVENTS_PER_SECOND)));
        fake = FakeServer.start(new OpenAiFake(Clock.systemUTC()));
        recorder = Recorder.to(
                Upstream.at(provider.baseUrl()).withHeader("Authorization", "Bearer " + REAL_KEY),
                Redactions.defaults());
        fake.standIn(recorder);
    }

    @AfterEach
    void stop() {
        fake.close();
        provider.close();
    }

    @Test
    void theSdkSeesEachChunkWhenTheProviderSendsItAndTheRecordingKeepsTheirTiming() {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl(fake.baseUrl() + "/v1")
                .apiKey("sk-mockapis-test")
                .responseValidation(true)
                .maxRetries(0)
                .build();
        ChatCompletionCreateParams ask = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI)
                .addUserMessage("Tell me about the weather in a few words")
                .build();
        // a first, unstreamed answer, so that no class loading of the client counts as waiting for the stream
        assertThat(client.chat().completions().create(ask).choices()).isNotEmpty();
        List<Long> arrivals = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        long requested = System.nanoTime();
        try (StreamResponse<ChatCompletionChunk> stream =
                client.chat().completions().createStreaming(ask)) {
            stream.stream().forEach(chunk -> {
                arrivals.add(System.nanoTime());
                chunk.choices().forEach(choice -> choice.delta().content().ifPresent(text::append));
            });
        }

        assertThat(text).isNotEmpty();
        String recording = recorder.render("Recorded by RecordModeStreamingTests");
        assertThat(recording).doesNotContain(REAL_KEY).contains("data: \"[DONE]\"");
        List<Long> recorded = recordedPauses(recording);
        assertFirstArrivedBeforeTheProviderWasDone(requested, arrivals, recorded);
        // the chunks the SDK parsed, and the closing [DONE] it does not hand over
        assertThat(recorded).hasSize(arrivals.size() + 1);
        assertThat(recorded.get(0)).isGreaterThanOrEqualTo(TIME_TO_FIRST_TOKEN.toMillis());
    }

    @Test
    void aRawClientReadsTheFirstEventBeforeTheProviderHasSentTheLast() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        // a first, unstreamed answer, so that no class loading of the client counts as waiting for the stream
        assertThat(http.send(chat(false), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
        long requested = System.nanoTime();
        HttpResponse<InputStream> response = http.send(chat(true), HttpResponse.BodyHandlers.ofInputStream());
        List<Long> arrivals = new ArrayList<>();
        List<String> data = new ArrayList<>();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    arrivals.add(System.nanoTime());
                    data.add(line);
                }
            }
        }

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(response.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(data).last().isEqualTo("data: [DONE]");
        List<Long> recorded = recordedPauses(recorder.render("Recorded by RecordModeStreamingTests"));
        assertThat(recorded).hasSize(data.size());
        assertFirstArrivedBeforeTheProviderWasDone(requested, arrivals, recorded);
    }

    @Test
    void aClientThatLeavesAfterTheFirstEventStillLetsTheRecordingBeWritten() throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<java.util.stream.Stream<String>> response =
                http.send(chat(true), HttpResponse.BodyHandlers.ofLines());
        try (java.util.stream.Stream<String> lines = response.body()) {
            Iterator<String> each = lines.iterator();
            String first = each.next();
            assertThat(first).startsWith("data: {");
        }

        String recording = recorder.render("Recorded by RecordModeStreamingTests");
        assertThat(recording).contains("operation: chat.completions.create", "events:");
        assertThat(recordedPauses(recording)).isNotEmpty();
        assertThat(recorder.exchanges()).isEqualTo(1);
    }

    private HttpRequest chat(boolean stream) {
        return HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v1/chat/completions"))
                .header("Authorization", "Bearer sk-mockapis-test")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"gpt-4o-mini\",\"stream\":" + stream
                        + ",\"messages\":[{\"role\":\"user\",\"content\":\"Tell me about the weather\"}]}"))
                .build();
    }

    /**
     * The client had its first event before the provider had sent its last one. The recording says when
     * the recording fake received each event, counted from its request upstream, which it sent after the
     * client's request: had it waited for the end of the stream before answering, the client's first
     * event would have come after all of that time.
     *
     * @param requested when the client sent its request
     * @param arrivals when each event reached the client
     * @param recorded the recorded pauses before each event, in milliseconds
     */
    private static void assertFirstArrivedBeforeTheProviderWasDone(
            long requested, List<Long> arrivals, List<Long> recorded) {
        assertThat(arrivals).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 1; i < arrivals.size(); i++) {
            assertThat(arrivals.get(i)).isGreaterThanOrEqualTo(arrivals.get(i - 1));
        }
        long providerDone = Duration.ofMillis(
                        recorded.stream().mapToLong(Long::longValue).sum())
                .toNanos();
        assertThat(arrivals.get(0) - requested)
                .as(
                        "nanoseconds from the request to the client's first event, the provider's stream having"
                                + " taken %d",
                        providerDone)
                .isLessThan(providerDone);
    }

    /** The {@code after} of each recorded event, in milliseconds. */
    private static List<Long> recordedPauses(String recording) {
        return recording
                .lines()
                .map(String::trim)
                .filter(line -> line.startsWith("after: "))
                .map(line -> Long.parseLong(
                        line.substring("after: ".length()).replace("\"", "").replace("ms", "")))
                .toList();
    }
}
