package dev.mockapis.consumer.springai;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.models.messages.ToolChoice;
import com.anthropic.models.messages.ToolChoiceAny;
import com.anthropic.models.messages.ToolChoiceTool;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What the providers promise, kept by the fakes as Spring AI uses them: {@code entity(..)} gets JSON for
 * the schema Spring AI writes into the prompt, and a forced tool choice makes the model call the tool.
 * The tool returns its result directly: under a forced choice the model would call it again on every
 * turn, as the real APIs do.
 */
@SpringBootTest(classes = SpringAiApplication.class)
@MockApis
class SpringAiPromisesTests {

    /** What the app asks the model to fill in. */
    record Booking(String name, int guests, List<String> dishes) {}

    /** A tool that remembers its calls. */
    static class Tables {

        final List<String> booked = new ArrayList<>();

        @Tool(description = "Books a table for a number of guests on a day", returnDirect = true)
        String bookTable(String day, int guests) {
            booked.add(day + ":" + guests);
            return "Booked for " + guests + " on " + day;
        }
    }

    @Autowired
    OpenAiChatModel openAiChatModel;

    @Autowired
    AnthropicChatModel anthropic;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void openAiEntityGetsARecordFilledFromThePromptsSchema() {
        Booking booking = ChatClient.create(openAiChatModel)
                .prompt("Book a table for two with a starter")
                .call()
                .entity(Booking.class);

        assertThat(booking).isNotNull().hasNoNullFieldsOrProperties();
        verifier.assertThat("openai").called("chat.completions.create").once().withBodyContaining("JSON Schema");
    }

    @Test
    void anthropicEntityGetsARecordFilledFromThePromptsSchema() {
        Booking booking = ChatClient.create(anthropic)
                .prompt("Book a table for two with a starter")
                .call()
                .entity(Booking.class);

        assertThat(booking).isNotNull().hasNoNullFieldsOrProperties();
        verifier.expectCalls("anthropic", "messages.create");
    }

    @Test
    void openAiRequiredToolChoiceRunsTheTool() {
        Tables tables = new Tables();

        String reply = ChatClient.create(openAiChatModel)
                .prompt("Hello")
                .tools(tables)
                .options(OpenAiChatOptions.builder().toolChoice("required"))
                .call()
                .content();

        assertThat(tables.booked).hasSize(1);
        assertThat(reply).contains("Booked for");
        verifier.assertThat("openai").called("chat.completions.create").once().withJsonPath("tool_choice", "required");
    }

    @Test
    void openAiNamedToolChoiceRunsThatTool() {
        Tables tables = new Tables();

        ChatClient.create(openAiChatModel)
                .prompt("Hello")
                .tools(tables)
                .options(OpenAiChatOptions.builder()
                        .toolChoice("{\"type\":\"function\",\"function\":{\"name\":\"bookTable\"}}"))
                .call()
                .content();

        assertThat(tables.booked).hasSize(1);
        verifier.assertThat("openai")
                .called("chat.completions.create")
                .once()
                .withJsonPath("tool_choice.function.name", "bookTable");
    }

    @Test
    void anthropicAnyToolChoiceRunsTheTool() {
        Tables tables = new Tables();

        String reply = ChatClient.create(anthropic)
                .prompt("Hello")
                .tools(tables)
                .options(AnthropicChatOptions.builder()
                        .toolChoice(ToolChoice.ofAny(ToolChoiceAny.builder().build())))
                .call()
                .content();

        assertThat(tables.booked).hasSize(1);
        assertThat(reply).contains("Booked for");
        verifier.assertThat("anthropic").called("messages.create").once().withJsonPath("tool_choice.type", "any");
    }

    @Test
    void anthropicNamedToolChoiceRunsThatTool() {
        Tables tables = new Tables();

        ChatClient.create(anthropic)
                .prompt("Hello")
                .tools(tables)
                .options(AnthropicChatOptions.builder()
                        .toolChoice(ToolChoice.ofTool(
                                ToolChoiceTool.builder().name("bookTable").build())))
                .call()
                .content();

        assertThat(tables.booked).hasSize(1);
        verifier.assertThat("anthropic").called("messages.create").once().withJsonPath("tool_choice.name", "bookTable");
    }
}
