package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.responses.ResponseCreateParams;
import dev.mockapis.core.FakeServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WireFidelityTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static FakeServer openai;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
        http = HttpClient.newHttpClient();
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    @AfterEach
    void reset() {
        openai.reset();
    }

    @Test
    void routesAreServedWithoutTheV1PrefixToo() {
        OpenAIClient bare = OpenAIOkHttpClient.builder()
                .baseUrl(openai.baseUrl())
                .apiKey("sk-test")
                .responseValidation(true)
                .build();

        bare.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addUserMessage("Hi")
                        .build());
        bare.responses()
                .create(ResponseCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .input("Hi")
                        .build());

        assertThat(openai.interactions().all())
                .extracting(interaction -> interaction.path())
                .containsExactly("/chat/completions", "/responses");
        assertThat(openai.interactions().operations()).containsExactly("chat.completions.create", "responses.create");
    }

    @Test
    void assistantsCallsWithoutTheBetaHeaderGetOpenAisBadRequest() throws Exception {
        HttpResponse<String> response = send(request("/v1/assistants").GET().build());

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.get("message").asText())
                .isEqualTo("You must provide the 'OpenAI-Beta' header to access the Assistants API."
                        + " Please try again by setting the header 'OpenAI-Beta: assistants=v2'.");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("code").asText()).isEqualTo("invalid_beta");
        assertThat(error.get("param").isNull()).isTrue();
    }

    @Test
    void errorsCarryAllFourKeysAndARequestId() throws Exception {
        HttpResponse<String> response = send(request("/v1/nothing/here").GET().build());

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(error.fieldNames()).toIterable().containsExactly("message", "type", "param", "code");
        assertThat(error.get("message").asText()).isEqualTo("Invalid URL (GET /v1/nothing/here)");
        assertThat(response.headers().firstValue("x-request-id"))
                .hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        HttpResponse<String> response = send(request("/v1/chat/completions")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":"))
                .build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).at("/error/message").asText())
                .startsWith("We could not parse the JSON body of your request.");
    }

    @Test
    void aWrongTypeNamesTheParameterAndWhatWasExpected() throws Exception {
        HttpResponse<String> response = send(request("/v1/chat/completions")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":42,\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"))
                .build());

        JsonNode error = JSON.readTree(response.body()).get("error");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error.get("message").asText())
                .isEqualTo("Invalid type for 'model': expected a string, but got an integer instead.");
        assertThat(error.get("param").asText()).isEqualTo("model");
        assertThat(error.get("code").asText()).isEqualTo("invalid_type");
    }

    @Test
    void aCallWithoutAnApiKeyIsUnauthorized() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(openai.baseUrl() + "/v1/models"))
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).at("/error/message").asText())
                .startsWith("You didn't provide an API key.");
    }

    @Test
    void successfulAnswersCarryOpenAisHeaders() throws Exception {
        HttpResponse<String> response = send(request("/v1/models").GET().build());

        assertThat(response.statusCode()).isEqualTo(200);
        for (String header : List.of(
                "x-request-id",
                "openai-processing-ms",
                "openai-version",
                "x-ratelimit-limit-requests",
                "x-ratelimit-remaining-requests",
                "x-ratelimit-reset-requests",
                "x-ratelimit-limit-tokens",
                "x-ratelimit-remaining-tokens",
                "x-ratelimit-reset-tokens")) {
            assertThat(response.headers().firstValue(header)).as(header).isPresent();
        }
    }

    @Test
    void idsAreRandomLikeOpenAisAndNotRepeatedAfterAReset() throws Exception {
        String first = JSON.readTree(send(chatRequest()).body()).get("id").asText();
        openai.reset();
        String again = JSON.readTree(send(chatRequest()).body()).get("id").asText();

        assertThat(first).matches("chatcmpl-[A-Za-z0-9]{29}").isNotEqualTo(again);
    }

    private static HttpRequest chatRequest() {
        return request("/v1/chat/completions")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}"))
                .build();
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(openai.baseUrl() + path))
                .header("Authorization", "Bearer sk-test")
                .header("Content-Type", "application/json");
    }

    private static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
