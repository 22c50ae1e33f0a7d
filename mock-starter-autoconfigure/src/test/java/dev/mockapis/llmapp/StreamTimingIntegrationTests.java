package dev.mockapis.llmapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.core.StreamTiming;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code @MockApis(streamTiming = ...)} paces every fake's streams for the test it is on, and only for it. */
@SpringBootTest(classes = LlmTestApplication.class)
@MockApis
class StreamTimingIntegrationTests {

    @Autowired
    AnthropicClient anthropic;

    @Autowired
    MockApiServers servers;

    @Test
    @MockApis(streamTiming = @MockApis.StreamTiming(timeToFirstToken = "300ms", tokensPerSecond = 200))
    void theApplicationsStreamWaitsForItsFirstToken() {
        long started = System.nanoTime();
        Duration timeToFirstToken;
        try (StreamResponse<RawMessageStreamEvent> stream = anthropic
                .messages()
                .createStreaming(MessageCreateParams.builder()
                        .model("claude-sonnet-4-5")
                        .maxTokens(256)
                        .addUserMessage("Type this slowly")
                        .build())) {
            stream.stream()
                    .filter(RawMessageStreamEvent::isContentBlockDelta)
                    .findFirst()
                    .orElseThrow();
            timeToFirstToken = Duration.ofNanos(System.nanoTime() - started);
        }

        assertThat(timeToFirstToken).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    @MockApis(
            anthropic = "tool_usage",
            streamTiming = @MockApis.StreamTiming(timeToFirstToken = "1s", jitter = "50ms", seed = 9))
    void theTimingGoesOnTheSelectedScenarioOfEveryFake() {
        StreamTiming expected = new StreamTiming(Duration.ofSeconds(1), 0, Duration.ofMillis(50), 9);

        assertThat(servers.server("anthropic").activeScenario().name()).isEqualTo("tool_usage");
        assertThat(servers.apis())
                .allSatisfy(
                        api -> assertThat(servers.server(api).activeScenario().streamTiming())
                                .isEqualTo(expected));
    }

    @Test
    void withoutItStreamsAreNotPaced() {
        assertThat(servers.apis())
                .allSatisfy(
                        api -> assertThat(servers.server(api).activeScenario().streamTiming())
                                .isEqualTo(StreamTiming.NONE));
    }
}
