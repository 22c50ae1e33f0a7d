package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.genai.Client;
import com.google.genai.types.FunctionCall;
import com.google.genai.types.FunctionCallingConfig;
import com.google.genai.types.FunctionCallingConfigMode;
import com.google.genai.types.FunctionDeclaration;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.Tool;
import com.google.genai.types.ToolConfig;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Under the default scenario {@code functionCallingConfig.mode: ANY} gets a function call, as Gemini guarantees. */
class GeminiFunctionCallingModeTests {

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anyCallsTheFirstFunctionWithArgumentsValidForItsSchema() {
        GenerateContentResponse response =
                ask(FunctionCallingConfig.builder().mode(FunctionCallingConfigMode.Known.ANY));

        FunctionCall call = response.functionCalls().get(0);
        assertThat(call.name()).contains("get_weather");
        assertThat(call.args().orElseThrow().get("city")).isInstanceOf(String.class);
        assertThat(call.args().orElseThrow().get("unit")).isIn("celsius", "fahrenheit");
    }

    @Test
    void anyWithAllowedFunctionNamesCallsAnAllowedOne() {
        GenerateContentResponse response = ask(FunctionCallingConfig.builder()
                .mode(FunctionCallingConfigMode.Known.ANY)
                .allowedFunctionNames("get_time"));

        FunctionCall call = response.functionCalls().get(0);
        assertThat(call.name()).contains("get_time");
        assertThat(call.args().orElseThrow()).containsKey("zone");
    }

    @Test
    void noneNeverCallsAFunction() {
        server.useScenario("tool_usage");

        GenerateContentResponse response =
                ask(FunctionCallingConfig.builder().mode(FunctionCallingConfigMode.Known.NONE));

        assertThat(response.functionCalls()).isNullOrEmpty();
        assertThat(response.text()).isEqualTo("You said: \"Weather and time in Oslo?\"");
    }

    private GenerateContentResponse ask(FunctionCallingConfig.Builder calling) {
        Tool time = Tool.builder()
                .functionDeclarations(FunctionDeclaration.builder()
                        .name("get_time")
                        .parametersJsonSchema(Map.of(
                                "type",
                                "object",
                                "properties",
                                Map.of("zone", Map.of("type", "string")),
                                "required",
                                List.of("zone")))
                        .build())
                .build();
        GenerateContentConfig config = GenerateContentConfig.builder()
                .tools(GeminiClients.weatherTool(), time)
                .toolConfig(ToolConfig.builder().functionCallingConfig(calling.build()))
                .build();
        return client.models.generateContent(GeminiClients.MODEL, "Weather and time in Oslo?", config);
    }
}
