package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.JsonValue;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAllowedToolChoice;
import com.openai.models.chat.completions.ChatCompletionAllowedTools;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionNamedToolChoice;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ToolChoiceFunction;
import com.openai.models.responses.ToolChoiceOptions;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Under the default scenario a forced {@code tool_choice} gets a tool call, as OpenAI guarantees. */
class ForcedToolChoiceTests {

    @RegisterExtension
    static final OpenAiFakeExtension fake = new OpenAiFakeExtension();

    @Test
    void requiredCallsTheFirstToolWithArgumentsValidForItsSchema() throws Exception {
        ChatCompletion completion = fake.client()
                .chat()
                .completions()
                .create(chat().toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED)
                        .build());

        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call =
                completion.choices().get(0).message().toolCalls().get().get(0).asFunction();
        assertThat(call.function().name()).isEqualTo("get_weather");
        JsonNode arguments = JsonSupport.mapper().readTree(call.function().arguments());
        assertThat(arguments.path("city").isTextual()).isTrue();
        assertThat(arguments.path("unit").asText()).isIn("celsius", "fahrenheit");
        assertThat(arguments.path("days").asInt()).isBetween(1, 7);
    }

    @Test
    void aNamedFunctionIsTheOneCalled() throws Exception {
        ChatCompletion completion = fake.client()
                .chat()
                .completions()
                .create(chat().toolChoice(ChatCompletionNamedToolChoice.builder()
                                .function(ChatCompletionNamedToolChoice.Function.builder()
                                        .name("get_time")
                                        .build())
                                .build())
                        .build());

        ChatCompletionMessageFunctionToolCall call =
                completion.choices().get(0).message().toolCalls().get().get(0).asFunction();
        assertThat(call.function().name()).isEqualTo("get_time");
        assertThat(JsonSupport.mapper()
                        .readTree(call.function().arguments())
                        .path("zone")
                        .isTextual())
                .isTrue();
    }

    @Test
    void allowedToolsInRequiredModeCallOneOfThem() {
        ChatCompletion completion = fake.client()
                .chat()
                .completions()
                .create(chat().toolChoice(ChatCompletionAllowedToolChoice.builder()
                                .allowedTools(ChatCompletionAllowedTools.builder()
                                        .mode(ChatCompletionAllowedTools.Mode.REQUIRED)
                                        .addTool(ChatCompletionAllowedTools.Tool.builder()
                                                .putAdditionalProperty("type", JsonValue.from("function"))
                                                .putAdditionalProperty(
                                                        "function", JsonValue.from(Map.of("name", "get_time")))
                                                .build())
                                        .build())
                                .build())
                        .build());

        assertThat(completion
                        .choices()
                        .get(0)
                        .message()
                        .toolCalls()
                        .get()
                        .get(0)
                        .asFunction()
                        .function()
                        .name())
                .isEqualTo("get_time");
    }

    @Test
    void autoAndNoneAnswerInText() {
        ChatCompletion auto = fake.client()
                .chat()
                .completions()
                .create(chat().toolChoice(ChatCompletionToolChoiceOption.Auto.AUTO)
                        .build());
        ChatCompletion none = fake.client()
                .chat()
                .completions()
                .create(chat().toolChoice(ChatCompletionToolChoiceOption.Auto.NONE)
                        .build());

        assertThat(auto.choices().get(0).message().content()).hasValue("You said: \"Weather and time in Oslo?\"");
        assertThat(none.choices().get(0).message().toolCalls()).isEmpty();
        assertThat(none.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
    }

    @Test
    void aForcedToolChoiceOnTheResponsesApiGetsAFunctionCall() {
        Response required = fake.client()
                .responses()
                .create(ResponsesTests.params("Weather and time in Oslo?")
                        .addTool(ResponsesTests.weatherTool())
                        .addTool(timeTool())
                        .toolChoice(ToolChoiceOptions.REQUIRED)
                        .build());
        Response named = fake.client()
                .responses()
                .create(ResponsesTests.params("Weather and time in Oslo?")
                        .addTool(ResponsesTests.weatherTool())
                        .addTool(timeTool())
                        .toolChoice(
                                ToolChoiceFunction.builder().name("get_time").build())
                        .build());

        ResponseFunctionToolCall first = required.output().get(0).asFunctionCall();
        assertThat(first.name()).isEqualTo("get_weather");
        assertThat(first.arguments()).contains("\"city\"");
        assertThat(named.output().get(0).asFunctionCall().name()).isEqualTo("get_time");
    }

    private static ChatCompletionCreateParams.Builder chat() {
        return ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("Weather and time in Oslo?")
                .addFunctionTool(ChatCompletionsTests.weatherTool())
                .addFunctionTool(FunctionDefinition.builder()
                        .name("get_time")
                        .parameters(FunctionParameters.builder()
                                .putAdditionalProperty("type", JsonValue.from("object"))
                                .putAdditionalProperty(
                                        "properties", JsonValue.from(Map.of("zone", Map.of("type", "string"))))
                                .putAdditionalProperty("required", JsonValue.from(List.of("zone")))
                                .build())
                        .build());
    }

    private static FunctionTool timeTool() {
        return FunctionTool.builder()
                .name("get_time")
                .strict(true)
                .parameters(FunctionTool.Parameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty("properties", JsonValue.from(Map.of("zone", Map.of("type", "string"))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("zone")))
                        .putAdditionalProperty("additionalProperties", JsonValue.from(false))
                        .build())
                .build();
    }
}
