package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.BadRequestException;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.anthropic.models.messages.ToolUseBlockParam;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicThinkingTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void withExtendedThinkingTheAnswerStartsWithASignedThinkingBlock() {
        Message message =
                client.messages().create(thinking("Is 9.11 greater than 9.8?").build());

        assertThat(message.content()).hasSize(2);
        assertThat(message.content().get(0).asThinking().thinking())
                .isEqualTo("The user asks: \"Is 9.11 greater than 9.8?\". I will answer directly.");
        assertThat(message.content().get(0).asThinking().signature()).isNotBlank();
        assertThat(message.content().get(1).asText().text()).isEqualTo("You said: \"Is 9.11 greater than 9.8?\"");
    }

    @Test
    void streamedThinkingArrivesAsThinkingAndSignatureDeltas() {
        Message whole = client.messages().create(thinking("Think about it").build());
        MessageAccumulator accumulator = MessageAccumulator.create();

        try (StreamResponse<RawMessageStreamEvent> stream =
                client.messages().createStreaming(thinking("Think about it").build())) {
            stream.stream().forEach(accumulator::accumulate);
        }

        assertThat(accumulator.message().content())
                .extracting(ContentBlock::isThinking)
                .containsExactly(true, false);
        assertThat(accumulator.message().content().get(0).asThinking())
                .isEqualTo(whole.content().get(0).asThinking());
    }

    @Test
    void aToolLoopWithThinkingSucceedsWhenTheThinkingBlockIsSentBack() {
        server.useScenario("tool_usage");
        MessageCreateParams.Builder conversation =
                thinking("Weather in Paris?").addTool(AnthropicClients.weatherTool());
        Message first = client.messages().create(conversation.build());
        ToolUseBlock toolUse = first.content().get(1).asToolUse();

        conversation
                .addMessage(first)
                .addUserMessageOfContentBlockParams(
                        List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                                .toolUseId(toolUse.id())
                                .content("Sunny")
                                .build())));
        Message second = client.messages().create(conversation.build());

        assertThat(second.content().get(1).asText().text())
                .isEqualTo("Here is what I found: get_weather returned Sunny");
    }

    @Test
    void aToolLoopWithThinkingThatDropsTheThinkingBlockIsRejected() {
        MessageCreateParams params = thinking("Weather in Paris?")
                .addTool(AnthropicClients.weatherTool())
                .addAssistantMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolUse(ToolUseBlockParam.builder()
                        .id("toolu_1")
                        .name("get_weather")
                        .input(JsonValue.from(Map.of("city", "Paris")))
                        .build())))
                .addUserMessageOfContentBlockParams(
                        List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                                .toolUseId("toolu_1")
                                .content("Sunny")
                                .build())))
                .build();

        assertThatThrownBy(() -> client.messages().create(params))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Expected `thinking` or `redacted_thinking`, but found `tool_use`");
    }

    @Test
    void aThinkingBudgetMustStayBelowMaxTokens() {
        assertThatThrownBy(() -> client.messages()
                        .create(AnthropicClients.ask("Hi")
                                .maxTokens(2000)
                                .enabledThinking(4000)
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("`max_tokens` must be greater than `thinking.budget_tokens`");
    }

    private static MessageCreateParams.Builder thinking(String question) {
        return AnthropicClients.ask(question).maxTokens(4096).enabledThinking(2048);
    }
}
