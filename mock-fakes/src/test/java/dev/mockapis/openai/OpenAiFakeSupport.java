package dev.mockapis.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** Starts the OpenAI fake and builds strict openai-java clients for it. */
final class OpenAiFakeSupport {

    static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

    private OpenAiFakeSupport() {}

    static FakeServer start() {
        return FakeServer.start(new OpenAiFake(Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    /**
     * A client validating every response, as the fake must pass; no retries, so errors surface at once.
     * The 30 s timeout (the SDK's own is 10 minutes) makes a fake that never answers fail the test fast.
     */
    static OpenAIClient client(FakeServer server) {
        return builder(server).maxRetries(0).build();
    }

    static OpenAIOkHttpClient.Builder builder(FakeServer server) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(server.baseUrl() + "/v1")
                .apiKey("sk-test-1234567890")
                .timeout(Duration.ofSeconds(30))
                .responseValidation(true);
    }
}
