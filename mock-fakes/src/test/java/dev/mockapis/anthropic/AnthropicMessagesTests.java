package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.JsonValue;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.helpers.MessageAccumulator;
import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCountTokensParams;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.RawMessageStreamEvent;
import com.anthropic.models.messages.StopReason;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicMessagesTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void answersAMessageThatPassesTheSdksValidation() {
        Message message = client.messages()
                .create(AnthropicClients.ask("Hello Claude").system("Be brief.").build());

        assertThat(message.id()).startsWith("msg_01").hasSize(28);
        assertThat(message.model().asString()).isEqualTo(AnthropicClients.MODEL);
        assertThat(message.content())
                .singleElement()
                .satisfies(block -> assertThat(block.asText().text()).isEqualTo("You said: \"Hello Claude\""));
        assertThat(message.stopReason()).contains(StopReason.END_TURN);
        assertThat(message.stopSequence()).isEmpty();
        assertThat(message.usage().inputTokens()).isPositive();
        assertThat(message.usage().outputTokens()).isPositive();
        assertThat(server.interactions().operations()).containsExactly("messages.create");
    }

    @Test
    void aScriptedReplyAnswersInsteadOfTheEcho() {
        server.useScenario(Scenario.builder("greeting")
                .rule(Rule.on("messages.create")
                        .proceedWith(Reply.text("Bonjour !"))
                        .build())
                .build());

        Message message = client.messages().create(AnthropicClients.ask("Hi").build());

        assertThat(message.content().get(0).asText().text()).isEqualTo("Bonjour !");
    }

    @Test
    void theToolUsageScenarioCallsTheDeclaredToolThenAnswersWithItsResult() {
        server.useScenario("tool_usage");
        MessageCreateParams.Builder conversation =
                AnthropicClients.ask("What's the weather in Paris?").addTool(AnthropicClients.weatherTool());

        Message first = client.messages().create(conversation.build());

        assertThat(first.stopReason()).contains(StopReason.TOOL_USE);
        ToolUseBlock toolUse = first.content().get(0).asToolUse();
        assertThat(toolUse.id()).startsWith("toolu_01");
        assertThat(toolUse.name()).isEqualTo("get_weather");
        assertThat(toolUse._input().convert(Map.class)).containsKey("city").containsEntry("unit", "celsius");

        conversation
                .addMessage(first)
                .addUserMessageOfContentBlockParams(
                        List.of(ContentBlockParam.ofToolResult(ToolResultBlockParam.builder()
                                .toolUseId(toolUse.id())
                                .content("18°C and sunny")
                                .build())));
        Message second = client.messages().create(conversation.build());

        assertThat(second.stopReason()).contains(StopReason.END_TURN);
        assertThat(second.content().get(0).asText().text())
                .isEqualTo("Here is what I found: get_weather returned 18°C and sunny");
    }

    @Test
    void aStreamedAnswerIsAccumulatedByTheSdkIntoTheSameMessage() {
        MessageAccumulator accumulator = MessageAccumulator.create();
        List<String> events;
        try (StreamResponse<RawMessageStreamEvent> stream = client.messages()
                .createStreaming(AnthropicClients.ask("Tell me a story").build())) {
            events = stream.stream()
                    .map(accumulator::accumulate)
                    .map(AnthropicMessagesTests::type)
                    .toList();
        }

        Message message = accumulator.message();
        assertThat(message.content().get(0).asText().text()).isEqualTo("You said: \"Tell me a story\"");
        assertThat(message.stopReason()).contains(StopReason.END_TURN);
        assertThat(message.usage().outputTokens()).isPositive();
        assertThat(events)
                .startsWith("message_start", "content_block_start")
                .endsWith("content_block_stop", "message_delta", "message_stop")
                .contains("content_block_delta");
    }

    @Test
    void aStreamedToolCallArrivesAsInputJsonDeltas() {
        server.useScenario(Scenario.builder("weather")
                .rule(Rule.on("messages.create")
                        .proceedWith(Reply.toolCall("get_weather", "{\"city\":\"Paris\",\"unit\":\"celsius\"}"))
                        .build())
                .build());
        MessageAccumulator accumulator = MessageAccumulator.create();

        try (StreamResponse<RawMessageStreamEvent> stream = client.messages()
                .createStreaming(AnthropicClients.ask("Weather?")
                        .addTool(AnthropicClients.weatherTool())
                        .build())) {
            stream.stream().forEach(accumulator::accumulate);
        }

        ContentBlock block = accumulator.message().content().get(0);
        assertThat(block.asToolUse()._input()).isEqualTo(JsonValue.from(Map.of("city", "Paris", "unit", "celsius")));
        assertThat(accumulator.message().stopReason()).contains(StopReason.TOOL_USE);
    }

    @Test
    void maxTokensCutsTheAnswerShort() {
        Message message = client.messages()
                .create(AnthropicClients.ask("Please repeat this rather long sentence back to me")
                        .maxTokens(3)
                        .build());

        assertThat(message.stopReason()).contains(StopReason.MAX_TOKENS);
        assertThat(message.usage().outputTokens()).isLessThanOrEqualTo(3);
        assertThat(message.content().get(0).asText().text()).isEqualTo("You said: \"P");
    }

    @Test
    void aStopSequenceEndsTheAnswerBeforeIt() {
        Message message = client.messages()
                .create(AnthropicClients.ask("one, two, three")
                        .addStopSequence("two")
                        .build());

        assertThat(message.stopReason()).contains(StopReason.STOP_SEQUENCE);
        assertThat(message.stopSequence()).contains("two");
        assertThat(message.content().get(0).asText().text()).isEqualTo("You said: \"one, ");
    }

    @Test
    void countsTheTokensOfARequest() {
        long tokens = client.messages()
                .countTokens(MessageCountTokensParams.builder()
                        .model(AnthropicClients.MODEL)
                        .addUserMessage("How many tokens is this?")
                        .build())
                .inputTokens();

        assertThat(tokens).isPositive();
        assertThat(server.interactions().operations()).containsExactly("messages.count_tokens");
    }

    @Test
    void concurrentTurnsEachGetTheirOwnMessage() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Message>> futures = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String question = "Question " + i;
            futures.add(pool.submit(() ->
                    client.messages().create(AnthropicClients.ask(question).build())));
        }
        List<Message> messages = new ArrayList<>();
        for (Future<Message> future : futures) {
            messages.add(future.get(10, TimeUnit.SECONDS));
        }
        pool.shutdown();

        assertThat(messages).extracting(Message::id).doesNotHaveDuplicates().hasSize(32);
        assertThat(messages)
                .extracting(message -> message.content().get(0).asText().text())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 32)
                        .mapToObj(i -> "You said: \"Question " + i + "\"")
                        .toList());
    }

    private static String type(RawMessageStreamEvent event) {
        return event._json()
                .map(json -> json.convert(Map.class).get("type").toString())
                .orElseGet(() -> {
                    if (event.isMessageStart()) {
                        return "message_start";
                    }
                    if (event.isContentBlockStart()) {
                        return "content_block_start";
                    }
                    if (event.isContentBlockDelta()) {
                        return "content_block_delta";
                    }
                    if (event.isContentBlockStop()) {
                        return "content_block_stop";
                    }
                    return event.isMessageDelta() ? "message_delta" : "message_stop";
                });
    }
}
