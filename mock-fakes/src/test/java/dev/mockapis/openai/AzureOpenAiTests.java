package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.errors.UnauthorizedException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.internal.JsonSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AzureOpenAiTests {

    private static FakeServer openai;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
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
    void openAiJavasAzureOptionsReachTheDeploymentPathsWithTheApiKeyHeader() throws Exception {
        OpenAIClient azure = OpenAIOkHttpClient.builder()
                .baseUrl(openai.baseUrl())
                .credential(AzureApiKeyCredential.create("azure-key-123"))
                .azureServiceVersion(AzureOpenAIServiceVersion.fromString("2024-10-21"))
                .azureUrlPathMode(AzureUrlPathMode.LEGACY)
                .responseValidation(true)
                .maxRetries(0)
                .build();

        ChatCompletion completion = azure.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage("Hello from Azure")
                        .build());
        JsonNode body = JsonSupport.mapper().readTree(SpecSchemas.lastResponseBody(openai));
        int embedded = azure.embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
                        .input("roses")
                        .build())
                .data()
                .size();

        assertThat(completion.choices().get(0).message().content()).hasValue("You said: \"Hello from Azure\"");
        Interaction call = openai.interactions().all().get(0);
        assertThat(call.path()).isEqualTo("/openai/deployments/gpt-4o-mini/chat/completions");
        assertThat(call.query()).containsEntry("api-version", java.util.List.of("2024-10-21"));
        assertThat(call.headers().first("api-key")).as("redacted in the log").hasValue("<redacted>");
        assertThat(call.operationId()).isEqualTo("chat.completions.create");
        assertThat(body.at("/prompt_filter_results/0/content_filter_results/violence/severity")
                        .asText())
                .isEqualTo("safe");
        assertThat(body.at("/choices/0/content_filter_results/hate/filtered").asBoolean(true))
                .isFalse();
        assertThat(embedded).isEqualTo(1);
        assertThat(openai.interactions().all().get(1).path())
                .isEqualTo("/openai/deployments/text-embedding-3-small/embeddings");
    }

    @Test
    void withoutAnApiVersionAzureAnswersResourceNotFoundAndWithoutAKeyAccessDenied() throws Exception {
        String chat = openai.baseUrl() + "/openai/deployments/gpt-4o/chat/completions";
        String body = "{\"model\":\"gpt-4o\",\"messages\":[{\"role\":\"user\",\"content\":\"Hi\"}]}";

        HttpResponse<String> noVersion = post(chat, body, "api-key", "azure-key");
        HttpResponse<String> noKey = post(chat + "?api-version=2024-10-21", body, "X-Other", "x");
        HttpResponse<String> unified = post(openai.baseUrl() + "/openai/v1/chat/completions", body, "api-key", "k");

        assertThat(noVersion.statusCode()).isEqualTo(404);
        assertThat(noVersion.body()).isEqualTo("{\"error\":{\"code\":\"404\",\"message\":\"Resource not found\"}}");
        assertThat(noKey.statusCode()).isEqualTo(401);
        assertThat(noKey.body()).contains("\"code\":\"401\"", "Access denied due to invalid subscription key");
        assertThat(unified.statusCode())
                .as("the v1 endpoint needs no api-version")
                .isEqualTo(200);
    }

    @Test
    void theUnauthorizedScenarioAnswersInAzuresShapeOnAzurePaths() {
        openai.useScenario(OpenAiScenarios.UNAUTHORIZED);
        OpenAIClient azure = OpenAIOkHttpClient.builder()
                .baseUrl(openai.baseUrl())
                .credential(AzureApiKeyCredential.create("azure-key-123"))
                .azureServiceVersion(AzureOpenAIServiceVersion.fromString("2024-10-21"))
                .azureUrlPathMode(AzureUrlPathMode.LEGACY)
                .maxRetries(0)
                .build();

        assertThatThrownBy(() -> azure.chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model(ChatModel.GPT_4O_MINI)
                                .addUserMessage("Hello")
                                .build()))
                .isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("Access denied due to invalid subscription key");
    }

    private static HttpResponse<String> post(String url, String body, String header, String value) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/json")
                                .header(header, value)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
