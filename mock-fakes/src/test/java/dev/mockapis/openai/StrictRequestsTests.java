package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.errors.BadRequestException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionUserMessageParam;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.responses.ResponseCreateParams;
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

/**
 * What OpenAI refuses, the fake refuses with OpenAI's 400: unknown parameters (at any depth), values of
 * the wrong type, missing required parameters; before any scenario, unless strict requests are off.
 */
class StrictRequestsTests {

    private static FakeServer openai;
    private static OpenAIClient client;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
        client = OpenAiFakeSupport.client(openai);
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    @AfterEach
    void reset() {
        openai.strictRequests(true);
        openai.reset();
    }

    private static ChatCompletionCreateParams.Builder chat() {
        return ChatCompletionCreateParams.builder().model(ChatModel.GPT_4O_MINI).addUserMessage("Hello");
    }

    @Test
    void anUnknownTopLevelParameterIsRefusedByName() {
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.chat()
                        .completions()
                        .create(chat().putAdditionalBodyProperty("foo", JsonValue.from(1))
                                .build()));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.code()).contains("unknown_parameter");
        assertThat(refused.param()).contains("foo");
        assertThat(refused.type()).contains("invalid_request_error");
        assertThat(refused.body().toString()).contains("Unknown parameter: 'foo'.");
    }

    @Test
    void anUnknownNestedParameterIsNamedWithItsPath() {
        ChatCompletionUserMessageParam message = ChatCompletionUserMessageParam.builder()
                .content("Hello")
                .putAdditionalProperty("foo", JsonValue.from("bar"))
                .build();
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model(ChatModel.GPT_4O_MINI)
                                .addMessage(message)
                                .build()));

        assertThat(refused.param()).contains("messages[0].foo");
        assertThat(refused.code()).contains("unknown_parameter");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedSayingWhatWasExpected() {
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.chat()
                        .completions()
                        .create(chat().putAdditionalBodyProperty("temperature", JsonValue.from("hot"))
                                .build()));

        assertThat(refused.code()).contains("invalid_type");
        assertThat(refused.param()).contains("temperature");
        assertThat(refused.body().toString())
                .contains("Invalid type for 'temperature': expected a decimal, but got a string instead.");
    }

    @Test
    void aMessageContentOfTheWrongTypeNamesTheAlternatives() {
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model(ChatModel.GPT_4O_MINI)
                                .messages(JsonValue.from(java.util.List.of(
                                        java.util.Map.of("role", "user", "content", java.util.Map.of("a", 1)))))
                                .build()));

        assertThat(refused.param()).contains("messages[0].content");
        assertThat(refused.body().toString())
                .contains("Invalid type for 'messages[0].content': expected one of a string or array of objects,"
                        + " but got an object instead.");
    }

    @Test
    void theResponsesAndEmbeddingsApisAreCheckedToo() {
        BadRequestException responses = catchThrowableOfType(
                BadRequestException.class,
                () -> client.responses()
                        .create(ResponseCreateParams.builder()
                                .model(ChatModel.GPT_4O_MINI)
                                .input("Hi")
                                .putAdditionalBodyProperty("max_tokens", JsonValue.from(10))
                                .build()));
        assertThat(responses.param()).contains("max_tokens");

        BadRequestException embeddings = catchThrowableOfType(
                BadRequestException.class,
                () -> client.embeddings()
                        .create(EmbeddingCreateParams.builder()
                                .model(EmbeddingModel.TEXT_EMBEDDING_3_SMALL)
                                .input("Hello World")
                                .putAdditionalBodyProperty("dimensions", JsonValue.from("256"))
                                .build()));
        assertThat(embeddings.code()).contains("invalid_type");
    }

    @Test
    void aMissingRequiredParameterIsNamed() throws Exception {
        HttpResponse<String> response = post("/v1/chat/completions", "{\"model\":\"gpt-4o-mini\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JsonSupport.mapper().readTree(response.body()).path("error");
        assertThat(error.path("message").asText()).isEqualTo("Missing required parameter: 'messages'.");
        assertThat(error.path("param").asText()).isEqualTo("messages");
        assertThat(error.path("code").asText()).isEqualTo("missing_required_parameter");
        assertThat(error.path("type").asText()).isEqualTo("invalid_request_error");
    }

    @Test
    void theRefusalComesBeforeAnyScenarioAndIsLogged() {
        openai.useScenario("server_error");
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.chat()
                        .completions()
                        .create(chat().putAdditionalBodyProperty("foo", JsonValue.from(1))
                                .build()));

        assertThat(refused.statusCode()).isEqualTo(400);
        Interaction logged = openai.interactions().all().get(0);
        assertThat(logged.status()).isEqualTo(400);
        assertThat(logged.operationId()).isEqualTo("chat.completions.create");
    }

    @Test
    void withStrictRequestsOffUnknownParametersPass() {
        openai.strictRequests(false);

        ChatCompletion completion = client.chat()
                .completions()
                .create(chat().putAdditionalBodyProperty("vendor_extension", JsonValue.from(true))
                        .build());

        assertThat(completion.choices()).hasSize(1);
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(openai.baseUrl() + path))
                .header("Authorization", "Bearer sk-test")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
