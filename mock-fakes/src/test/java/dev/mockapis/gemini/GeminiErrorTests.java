package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.genai.Client;
import com.google.genai.ResponseStream;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.ClientException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.errors.ServerException;
import com.google.genai.types.Content;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Part;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.RateLimit;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiErrorTests {

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aRequestWithoutAnApiKeyIsDenied() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        server.baseUrl() + "/v1beta/models/gemini-2.5-flash:generateContent"))
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"contents\":[{\"parts\":[{\"text\":\"Hi\"}]}]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .startsWith("{\"error\":{\"code\":403,\"message\":\"Method doesn't allow unregistered callers")
                .endsWith("\"status\":\"PERMISSION_DENIED\"}}");
    }

    @Test
    void theUnauthorizedScenarioReportsAnInvalidApiKeyAsGoogleDoes() {
        server.useScenario("unauthorized");

        assertThatThrownBy(() -> ask("Hi"))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.status()).isEqualTo("INVALID_ARGUMENT");
                    assertThat(e.message())
                            .startsWith("API key not valid. Please pass a valid API key.")
                            .contains("API_KEY_INVALID");
                });
    }

    @Test
    void aRateLimitedTurnIsResourceExhaustedWithARetryDelay() {
        server.useScenario("rate_limited");

        assertThatThrownBy(() -> ask("Hi"))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(429);
                    assertThat(e.status()).isEqualTo("RESOURCE_EXHAUSTED");
                    assertThat(e.message()).contains("\"retryDelay\":\"1s\"");
                });
    }

    @Test
    void theSimulatedRateLimitAnswersWithQuotaExhaustion() {
        server.limitRate(RateLimit.requestsPerMinute(1));

        ask("Hi");

        assertThatThrownBy(() -> ask("Hi again"))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> assertThat(e.status()).isEqualTo("RESOURCE_EXHAUSTED"));
        assertThat(server.interactions().all())
                .extracting(Interaction::source)
                .containsExactly(Interaction.Source.FAKE, Interaction.Source.RATE_LIMIT);
    }

    @Test
    void overloadedIsUnavailable() {
        server.useScenario("overloaded");

        assertThatThrownBy(() -> ask("Hi"))
                .asInstanceOf(type(ServerException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(503);
                    assertThat(e.status()).isEqualTo("UNAVAILABLE");
                });
    }

    @Test
    void theApiErrorsScenarioCyclesThroughQuotaKeyAndArgumentErrors() {
        server.useScenario("api_errors");

        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            try {
                ask("Hi");
            } catch (ApiException e) {
                statuses.add(e.code() + " " + e.status());
            }
        }

        assertThat(statuses).containsExactly("429 RESOURCE_EXHAUSTED", "400 INVALID_ARGUMENT", "400 INVALID_ARGUMENT");
    }

    @Test
    void anUnknownModelIsNotFound() {
        assertThatThrownBy(() -> client.models.generateContent("gpt-4o", "Hi", null))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(404);
                    assertThat(e.message()).startsWith("models/gpt-4o is not found for API version v1beta");
                });
    }

    @Test
    void anInvalidRoleIsAnInvalidArgument() {
        assertThatThrownBy(() -> client.models.generateContent(
                        GeminiClients.MODEL,
                        Content.builder()
                                .role("assistant")
                                .parts(Part.fromText("Hi"))
                                .build(),
                        null))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> assertThat(e.message()).isEqualTo("Please use a valid role: user, model."));
    }

    @Test
    void anErrorMidStreamIsRaisedAfterTheFirstChunks() {
        server.useScenario(Scenario.builder("overloaded_stream")
                .rule(Rule.on("models.stream_generate_content")
                        .proceedWith(Reply.failMidStream(Failure.OVERLOADED))
                        .build())
                .build());
        List<String> received = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(
                            GeminiClients.MODEL,
                            "Tell me about the weather in Paris today",
                            GenerateContentConfig.builder().build())) {
                        stream.forEach(chunk -> received.add(chunk.text()));
                    }
                })
                .asInstanceOf(type(ServerException.class))
                .satisfies(e -> assertThat(e.status()).isEqualTo("UNAVAILABLE"));
        assertThat(received).isNotEmpty();
        assertThat(String.join("", received)).isNotEqualTo("You said: \"Tell me about the weather in Paris today\"");
    }

    @Test
    void theFlakyScenarioSucceedsOnTheSdksThirdAttempt() {
        server.useScenario("flaky");
        Client retrying = GeminiClients.client(
                server,
                HttpRetryOptions.builder()
                        .attempts(3)
                        .initialDelay(0.001)
                        .maxDelay(0.01)
                        .build());

        GenerateContentResponse response = retrying.models.generateContent(GeminiClients.MODEL, "Hi", null);

        retrying.close();
        assertThat(response.text()).isEqualTo("You said: \"Hi\"");
        assertThat(server.interactions().all()).extracting(Interaction::status).containsExactly(500, 503, 200);
    }

    @Test
    void anInterruptedStreamFailsTheSdksIteration() {
        server.useScenario("streaming_interrupted");

        assertThat(ask("Hi").text()).isEqualTo("You said: \"Hi\"");
        assertThatThrownBy(() -> {
                    try (ResponseStream<GenerateContentResponse> stream = client.models.generateContentStream(
                            GeminiClients.MODEL,
                            "Tell me a long story about dragons and castles",
                            GenerateContentConfig.builder().build())) {
                        stream.forEach(chunk -> {});
                    }
                })
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void theTimeoutScenarioLeavesTheClientWaitingUntilItGivesUp() {
        server.useScenario("timeout");
        Client impatient = Client.builder()
                .apiKey("k")
                .httpOptions(HttpOptions.builder()
                        .baseUrl(server.baseUrl())
                        .timeout(300)
                        .retryOptions(HttpRetryOptions.builder()
                                .attempts(1)
                                .initialDelay(0.0)
                                .build())
                        .build())
                .build();

        assertThatThrownBy(() -> impatient.models.generateContent(GeminiClients.MODEL, "Hi", null))
                .isInstanceOf(GenAiIOException.class)
                .hasCauseInstanceOf(java.io.InterruptedIOException.class);
        impatient.close();
    }

    private GenerateContentResponse ask(String text) {
        return client.models.generateContent(GeminiClients.MODEL, text, null);
    }
}
