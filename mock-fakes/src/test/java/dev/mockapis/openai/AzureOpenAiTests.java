package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.UnauthorizedException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
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
import java.util.List;
import java.util.Map;
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

    @Test
    void aStreamOnAzureStartsWithThePromptsFilterResultsAndAnnotatesEveryChoice() {
        // Azure's first chunk has an empty object, id and model: openai-java reads it only without strict validation.
        OpenAIClient azure = azure(false);
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream = azure.chat()
                .completions()
                .createStreaming(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage("Hello from Azure")
                        .build())) {
            chunks = stream.stream().peek(accumulator::accumulate).toList();
        }

        ChatCompletionChunk first = chunks.get(0);
        assertThat(first.choices()).isEmpty();
        assertThat(first.id()).isEmpty();
        assertThat(first._object_()).isEqualTo(JsonValue.from(""));
        Map<String, JsonValue> prompt = first._additionalProperties();
        assertThat(prompt.get("prompt_filter_results").toString()).contains("prompt_index=0", "severity=safe");
        List<ChatCompletionChunk> content = chunks.subList(1, chunks.size());
        assertThat(content).allSatisfy(chunk -> {
            assertThat(chunk._object_()).isEqualTo(JsonValue.from("chat.completion.chunk"));
            assertThat(chunk.choices())
                    .allSatisfy(
                            choice -> assertThat(choice._additionalProperties()).containsKey("content_filter_results"));
        });
        assertThat(content.stream()
                        .flatMap(chunk -> chunk.choices().stream())
                        .filter(choice -> choice.delta()
                                .content()
                                .filter(text -> !text.isEmpty())
                                .isPresent())
                        .map(choice -> choice._additionalProperties()
                                .get("content_filter_results")
                                .toString()))
                .isNotEmpty()
                .allSatisfy(results -> assertThat(results).contains("violence", "filtered=false"));
        assertThat(accumulator.chatCompletion().choices().get(0).message().content())
                .hasValue("You said: \"Hello from Azure\"");
    }

    @Test
    void strictValidationRefusesAzuresAnnotationChunkAsItDoesAgainstAzureItself() {
        OpenAIClient azure = azure(true);

        assertThatThrownBy(() -> {
                    try (StreamResponse<ChatCompletionChunk> stream = azure.chat()
                            .completions()
                            .createStreaming(ChatCompletionCreateParams.builder()
                                    .model(ChatModel.GPT_4O_MINI)
                                    .addUserMessage("Hello")
                                    .build())) {
                        stream.stream().forEach(chunk -> {});
                    }
                })
                .isInstanceOf(OpenAIInvalidDataException.class);
    }

    @Test
    void underAzureContentFilterAzureRefusesThePromptWhileOpenAiAnswers() throws Exception {
        openai.useScenario(OpenAiScenarios.AZURE_CONTENT_FILTER);
        ChatCompletionCreateParams params = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI)
                .addUserMessage("Describe the battle in detail")
                .build();

        assertThatThrownBy(() -> azure(true).chat().completions().create(params))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.code()).hasValue("content_filter");
                    assertThat(e.param()).hasValue("prompt");
                    assertThat(e.getMessage()).contains("triggering Azure OpenAI's content management policy");
                });
        JsonNode error = JsonSupport.mapper()
                .readTree(SpecSchemas.lastResponseBody(openai))
                .get("error");
        assertThat(error.get("status").asInt()).isEqualTo(400);
        assertThat(error.at("/innererror/code").asText()).isEqualTo("ResponsibleAIPolicyViolation");
        assertThat(error.at("/innererror/content_filter_result/violence/filtered")
                        .asBoolean())
                .isTrue();
        assertThat(error.at("/innererror/content_filter_result/jailbreak/detected")
                        .asBoolean(true))
                .isFalse();
        List<String> categories = new java.util.ArrayList<>();
        error.at("/innererror/content_filter_result").fieldNames().forEachRemaining(categories::add);
        assertThat(categories)
                .as("in Azure's order")
                .containsExactly("hate", "jailbreak", "self_harm", "sexual", "violence");

        ChatCompletion plain =
                OpenAiFakeSupport.client(openai).chat().completions().create(params);
        assertThat(plain.choices().get(0).message().content()).hasValue("You said: \"Describe the battle in detail\"");
    }

    private static OpenAIClient azure(boolean strict) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(openai.baseUrl())
                .credential(AzureApiKeyCredential.create("azure-key-123"))
                .azureServiceVersion(AzureOpenAIServiceVersion.fromString("2024-10-21"))
                .azureUrlPathMode(AzureUrlPathMode.LEGACY)
                .responseValidation(strict)
                .maxRetries(0)
                .build();
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
