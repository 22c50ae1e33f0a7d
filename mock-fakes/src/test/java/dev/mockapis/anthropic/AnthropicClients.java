package dev.mockapis.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.Tool;
import dev.mockapis.core.FakeServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The official SDK pointed at the fake, as an application would configure it, and requests it sends. */
final class AnthropicClients {

    static final String MODEL = "claude-sonnet-4-5";

    private AnthropicClients() {}

    /** A validating client that does not retry, so each error surfaces as it is. */
    static AnthropicClient strict(FakeServer server) {
        return builder(server).maxRetries(0).build();
    }

    static AnthropicOkHttpClient.Builder builder(FakeServer server) {
        return AnthropicOkHttpClient.builder()
                .baseUrl(server.baseUrl())
                .apiKey("sk-ant-test")
                .responseValidation(true)
                .timeout(Duration.ofSeconds(5));
    }

    static MessageCreateParams.Builder ask(String text) {
        return MessageCreateParams.builder().model(MODEL).maxTokens(1024).addUserMessage(text);
    }

    static Tool weatherTool() {
        return Tool.builder()
                .name("get_weather")
                .description("Current weather in a city")
                .inputSchema(Tool.InputSchema.builder()
                        .properties(JsonValue.from(Map.of(
                                "city", Map.of("type", "string"),
                                "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit")))))
                        .required(List.of("city"))
                        .build())
                .build();
    }
}
