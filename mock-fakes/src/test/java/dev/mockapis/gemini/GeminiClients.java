package dev.mockapis.gemini;

import com.google.genai.Client;
import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import com.google.genai.types.Tool;
import dev.mockapis.core.FakeServer;
import java.util.List;
import java.util.Map;

/** The official SDK pointed at the fake, as an application would configure it. */
final class GeminiClients {

    static final String MODEL = "gemini-2.5-flash";

    private GeminiClients() {}

    /** A client that tries each call once, so each error surfaces as it is. */
    static Client strict(FakeServer server) {
        // The SDK sleeps after a retryable failure even on its last attempt: no delay, no pause.
        return client(
                server, HttpRetryOptions.builder().attempts(1).initialDelay(0.0).build());
    }

    static Client client(FakeServer server, HttpRetryOptions retries) {
        return Client.builder()
                .apiKey("k")
                .httpOptions(HttpOptions.builder()
                        .baseUrl(server.baseUrl())
                        .retryOptions(retries)
                        .build())
                .build();
    }

    static Tool weatherTool() {
        return Tool.builder()
                .functionDeclarations(FunctionDeclaration.builder()
                        .name("get_weather")
                        .description("Current weather in a city")
                        .parametersJsonSchema(Map.of(
                                "type", "object",
                                "properties",
                                        Map.of(
                                                "city", Map.of("type", "string"),
                                                "unit",
                                                        Map.of(
                                                                "type",
                                                                "string",
                                                                "enum",
                                                                List.of("celsius", "fahrenheit"))),
                                "required", List.of("city")))
                        .build())
                .build();
    }
}
