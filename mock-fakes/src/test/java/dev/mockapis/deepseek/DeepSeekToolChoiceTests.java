package dev.mockapis.deepseek;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionNamedToolChoice;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DeepSeek's chat API takes OpenAI's {@code tool_choice}: a forced choice gets a tool call under the default scenario. */
class DeepSeekToolChoiceTests {

    private final FakeServer server = FakeServer.start(new DeepSeekFake(Clock.systemUTC()));
    private final OpenAIClient client = DeepSeekClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void requiredCallsTheToolWithArgumentsForItsSchema() {
        ChatCompletion completion = client.chat()
                .completions()
                .create(DeepSeekClients.withoutThinking(DeepSeekClients.ask(DeepSeekClients.FLASH, "Weather in Paris?")
                                .addFunctionTool(DeepSeekClients.weatherTool())
                                .toolChoice(ChatCompletionToolChoiceOption.Auto.REQUIRED))
                        .build());

        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call = completion
                .choices()
                .get(0)
                .message()
                .toolCalls()
                .orElseThrow()
                .get(0)
                .asFunction();
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).contains("\"city\"");
    }

    @Test
    void aNamedFunctionIsCalledAndNoneAnswersInText() {
        ChatCompletion named = client.chat()
                .completions()
                .create(DeepSeekClients.withoutThinking(DeepSeekClients.ask(DeepSeekClients.FLASH, "Weather in Paris?")
                                .addFunctionTool(DeepSeekClients.weatherTool())
                                .toolChoice(ChatCompletionNamedToolChoice.builder()
                                        .function(ChatCompletionNamedToolChoice.Function.builder()
                                                .name("get_weather")
                                                .build())
                                        .build()))
                        .build());
        ChatCompletion none = client.chat()
                .completions()
                .create(DeepSeekClients.withoutThinking(DeepSeekClients.ask(DeepSeekClients.FLASH, "Weather in Paris?")
                                .addFunctionTool(DeepSeekClients.weatherTool())
                                .toolChoice(ChatCompletionToolChoiceOption.Auto.NONE))
                        .build());

        assertThat(named.choices()
                        .get(0)
                        .message()
                        .toolCalls()
                        .orElseThrow()
                        .get(0)
                        .asFunction()
                        .function()
                        .name())
                .isEqualTo("get_weather");
        assertThat(none.choices().get(0).message().toolCalls()).isEmpty();
        assertThat(DeepSeekClients.content(none)).isEqualTo("You said: \"Weather in Paris?\"");
    }
}
