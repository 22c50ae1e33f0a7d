package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.HttpOptions;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.internal.JsonSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What Google's JSON parser refuses, the fake refuses with INVALID_ARGUMENT, worded and detailed as Google does. */
class GeminiStrictRequestsTests {

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private GenerateContentResponse askWith(Map<String, Object> extraBody) {
        return client.models.generateContent(
                GeminiClients.MODEL,
                "Hi",
                GenerateContentConfig.builder()
                        .httpOptions(HttpOptions.builder().extraBody(extraBody).build())
                        .build());
    }

    @Test
    void anUnknownFieldCannotBeFound() {
        ClientException refused = catchThrowableOfType(ClientException.class, () -> askWith(Map.of("foo", 1)));

        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.status()).isEqualTo("INVALID_ARGUMENT");
        assertThat(refused.message())
                .startsWith("Invalid JSON payload received. Unknown name \"foo\": Cannot find field.");
    }

    @Test
    void aValueOfTheWrongTypeIsAnInvalidValueNamedInSnakeCase() {
        ClientException refused = catchThrowableOfType(
                ClientException.class, () -> askWith(Map.of("generationConfig", Map.of("temperature", "hot"))));

        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.message())
                .startsWith("Invalid value at 'generation_config.temperature' (TYPE_FLOAT), \"hot\"");
    }

    @Test
    void aSingleValueForARepeatedFieldIsCheckedAsItsOneItem() throws Exception {
        HttpResponse<String> taken = post("{\"contents\":{\"role\":\"user\",\"parts\":{\"text\":\"Hi\"}}}");
        HttpResponse<String> refused = post("{\"contents\":{\"rol\":\"user\",\"parts\":{\"text\":\"Hi\"}}}");

        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JsonSupport.mapper()
                        .readTree(refused.body())
                        .path("error")
                        .path("message")
                        .asText())
                .startsWith("Invalid JSON payload received. Unknown name \"rol\"");
    }

    @Test
    void aSingleToolsObjectIsTakenAsItsOneTool() throws Exception {
        HttpResponse<String> response = post(
                "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi\"}]}],"
                        + "\"tools\":{\"functionDeclarations\":[{\"name\":\"orderStatus\",\"description\":\"An order's status\"}]}}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"candidates\"");
    }

    @Test
    void anUnknownNestedFieldIsNamedWithItsParentAndABadRequestDetail() throws Exception {
        HttpResponse<String> response = post("{\"contents\":[{\"parts\":[{\"text\":\"Hi\"}]}],"
                + "\"generationConfig\":{\"thinkingLevel\":\"high\"}}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JsonSupport.mapper().readTree(response.body()).path("error");
        String message = "Invalid JSON payload received. Unknown name \"thinkingLevel\" at 'generation_config':"
                + " Cannot find field.";
        assertThat(error.path("message").asText()).isEqualTo(message);
        assertThat(error.path("status").asText()).isEqualTo("INVALID_ARGUMENT");
        JsonNode violation = error.path("details").path(0);
        assertThat(violation.path("@type").asText()).isEqualTo("type.googleapis.com/google.rpc.BadRequest");
        assertThat(violation.path("fieldViolations").path(0).path("field").asText())
                .isEqualTo("generation_config");
        assertThat(violation.path("fieldViolations").path(0).path("description").asText())
                .isEqualTo(message);
    }

    @Test
    void snakeCaseNamesAreAcceptedAsGooglesParserAcceptsThem() throws Exception {
        HttpResponse<String> response = post(
                "{\"contents\":[{\"role\":\"user\",\"parts\":[{\"text\":\"Hi\"}]}],"
                        + "\"generation_config\":{\"max_output_tokens\":50},\"system_instruction\":{\"parts\":[{\"text\":\"Be brief\"}]}}");

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void missingContentsAreNotSpecified() throws Exception {
        HttpResponse<String> response = post("{\"generationConfig\":{\"temperature\":0.2}}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonSupport.mapper()
                        .readTree(response.body())
                        .path("error")
                        .path("message")
                        .asText())
                .isEqualTo("* GenerateContentRequest.contents: contents is not specified\n");
    }

    @Test
    void withStrictRequestsOffAVendorExtensionPasses() {
        server.strictRequests(false);

        GenerateContentResponse response = askWith(Map.of("vendor_extension", true));

        assertThat(response.text()).isNotEmpty();
    }

    @Test
    void theBodiesOfBatchesCachesAndVideosAreCheckedToo() throws Exception {
        HttpResponse<String> batch = post(
                ":batchGenerateContent",
                "{\"batch\":{\"inputConfig\":{\"requests\":{\"requests\":[{\"request\":"
                        + "{\"contents\":[{\"parts\":[{\"text\":\"Hi\"}]}],\"foo\":1}}]}}}}");
        HttpResponse<String> noBatch = post(":batchGenerateContent", "{}");

        assertThat(batch.statusCode()).isEqualTo(400);
        assertThat(JsonSupport.mapper()
                        .readTree(batch.body())
                        .path("error")
                        .path("message")
                        .asText())
                .startsWith("Invalid JSON payload received. Unknown name \"foo\" at "
                        + "'batch.input_config.requests.requests[0].request'");
        assertThat(JsonSupport.mapper()
                        .readTree(noBatch.body())
                        .path("error")
                        .path("message")
                        .asText())
                .isEqualTo("* BatchGenerateContentRequest.batch: batch is not specified\n");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return post(":generateContent", body);
    }

    private HttpResponse<String> post(String method, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/v1beta/models/" + GeminiClients.MODEL + method))
                .header("x-goog-api-key", "k")
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
