package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.JsonValue;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.Tool;
import com.anthropic.models.messages.ToolChoiceAny;
import com.anthropic.models.messages.ToolChoiceNone;
import com.anthropic.models.messages.ToolChoiceTool;
import com.anthropic.models.messages.ToolUseBlock;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Under the default scenario {@code tool_choice} {@code any} or {@code tool} gets a tool call, as Anthropic guarantees,
 * and a JSON Schema embedded in the prompt gets JSON valid for it.
 */
class AnthropicToolChoiceTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anyCallsTheFirstToolWithInputValidForItsSchema() {
        Message message = client.messages()
                .create(ask().toolChoice(ToolChoiceAny.builder().build()).build());

        assertThat(message.stopReason()).contains(StopReason.TOOL_USE);
        ToolUseBlock toolUse = message.content().get(0).asToolUse();
        assertThat(toolUse.name()).isEqualTo("get_weather");
        @SuppressWarnings("unchecked")
        Map<String, Object> input = toolUse._input().convert(Map.class);
        assertThat(input.get("city")).isInstanceOf(String.class);
        assertThat(input.get("unit")).isIn("celsius", "fahrenheit");
    }

    @Test
    void aNamedToolIsTheOneCalled() {
        Message message = client.messages()
                .create(ask().toolChoice(
                                ToolChoiceTool.builder().name("get_time").build())
                        .build());

        ToolUseBlock toolUse = message.content().get(0).asToolUse();
        assertThat(toolUse.name()).isEqualTo("get_time");
        assertThat(toolUse._input().convert(Map.class)).containsKey("zone");
    }

    @Test
    void noneNeverCallsATool() {
        server.useScenario("tool_usage");

        Message message = client.messages()
                .create(ask().toolChoice(ToolChoiceNone.builder().build()).build());

        assertThat(message.stopReason()).contains(StopReason.END_TURN);
        assertThat(message.content())
                .singleElement()
                .satisfies(block -> assertThat(block.isText()).isTrue());
    }

    @Test
    void aSchemaInTheUserMessageGetsJsonValidForIt() throws Exception {
        String prompt = "Name a city.\nYour response should be in JSON format.\n"
                + "Here is the JSON Schema instance your output must adhere to:\n"
                + "```{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"},\"population\":{\"type\":\"integer\"}}}```\n";

        Message message = client.messages().create(AnthropicClients.ask(prompt).build());

        JsonNode answer =
                JsonSupport.mapper().readTree(message.content().get(0).asText().text());
        assertThat(answer.path("name").isTextual()).isTrue();
        assertThat(answer.path("population").isIntegralNumber()).isTrue();
    }

    private static MessageCreateParams.Builder ask() {
        return AnthropicClients.ask("Weather and time in Oslo?")
                .addTool(AnthropicClients.weatherTool())
                .addTool(Tool.builder()
                        .name("get_time")
                        .inputSchema(Tool.InputSchema.builder()
                                .properties(JsonValue.from(Map.of("zone", Map.of("type", "string"))))
                                .required(List.of("zone"))
                                .build())
                        .build());
    }
}
