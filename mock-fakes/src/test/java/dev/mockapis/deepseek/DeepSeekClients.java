package dev.mockapis.deepseek;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.core.FakeServer;
import java.util.List;
import java.util.Map;

/** openai-java pointed at the DeepSeek fake, as an application on DeepSeek's OpenAI-compatible API configures it. */
final class DeepSeekClients {

    static final String FLASH = "deepseek-v4-flash";

    private DeepSeekClients() {}

    /** A validating client that does not retry, so each error surfaces as it is. */
    static OpenAIClient strict(FakeServer server) {
        return builder(server).maxRetries(0).build();
    }

    static OpenAIOkHttpClient.Builder builder(FakeServer server) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey("sk-deepseek-test")
                .responseValidation(true);
    }

    static ChatCompletionCreateParams.Builder ask(String model, String text) {
        return ChatCompletionCreateParams.builder().model(model).addUserMessage(text);
    }

    static ChatCompletionCreateParams.Builder withoutThinking(ChatCompletionCreateParams.Builder params) {
        return params.putAdditionalBodyProperty("thinking", JsonValue.from(Map.of("type", "disabled")));
    }

    static String content(ChatCompletion completion) {
        return completion.choices().get(0).message().content().orElse(null);
    }

    static String reasoning(ChatCompletion completion) {
        JsonValue reasoning =
                completion.choices().get(0).message()._additionalProperties().get("reasoning_content");
        return reasoning == null ? null : reasoning.asStringOrThrow();
    }

    static long usage(ChatCompletion completion, String field) {
        return completion
                .usage()
                .orElseThrow()
                ._additionalProperties()
                .get(field)
                .convert(Long.class);
    }

    static FunctionDefinition weatherTool() {
        return FunctionDefinition.builder()
                .name("get_weather")
                .description("Current weather for a city")
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("city", Map.of("type", "string"))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("city")))
                        .build())
                .build();
    }
}
