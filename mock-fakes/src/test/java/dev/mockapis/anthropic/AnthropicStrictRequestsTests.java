package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.JsonValue;
import com.anthropic.errors.BadRequestException;
import com.anthropic.models.messages.Message;
import dev.mockapis.core.FakeServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Anthropic's validation refuses, the fake refuses with Anthropic's 400, worded as Anthropic words it. */
class AnthropicStrictRequestsTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anUnknownParameterIsAnExtraInput() {
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.messages()
                        .create(AnthropicClients.ask("Hi")
                                .putAdditionalBodyProperty("foo", JsonValue.from(1))
                                .build()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body().toString())
                .contains("type=invalid_request_error", "message=foo: Extra inputs are not permitted");
    }

    @Test
    void anUnknownKeyInAMessageIsNamedWithItsPath() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10,"
                + "\"messages\":[{\"role\":\"user\",\"content\":\"Hi\",\"name\":\"ana\"}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"message\":\"messages.0.name: Extra inputs are not permitted\"");
    }

    @Test
    void aValueOfTheWrongTypeIsNotAValidInput() {
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.messages()
                        .create(AnthropicClients.ask("Hi")
                                .putAdditionalBodyProperty("max_tokens", JsonValue.from("many"))
                                .build()));

        assertThat(refused.body().toString()).contains("max_tokens: Input should be a valid integer");
    }

    @Test
    void aMissingRequiredParameterIsAFieldRequired() throws Exception {
        HttpResponse<String> response = post("{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":10}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"message\":\"messages: Field required\"");
    }

    @Test
    void withStrictRequestsOffAVendorExtensionPasses() {
        server.strictRequests(false);

        Message message = client.messages()
                .create(AnthropicClients.ask("Hi")
                        .putAdditionalBodyProperty("vendor_extension", JsonValue.from(true))
                        .build());

        assertThat(message.content()).isNotEmpty();
    }

    @Test
    void withStrictRequestsOffAnUnknownModelIsStillRefused() throws Exception {
        server.strictRequests(false);

        HttpResponse<String> response = post(
                "{\"model\":\"claude-sonet-4-5\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"type\":\"not_found_error\"", "model: claude-sonet-4-5");
    }

    private HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/messages"))
                .header("x-api-key", "sk-ant-test")
                .header("anthropic-version", "2023-06-01")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
