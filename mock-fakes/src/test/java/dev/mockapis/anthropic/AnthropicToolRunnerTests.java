package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.http.StreamResponse;
import com.anthropic.errors.BadRequestException;
import com.anthropic.helpers.BetaMessageAccumulator;
import com.anthropic.helpers.BetaMessageThread;
import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.beta.messages.BetaRawMessageStreamEvent;
import com.anthropic.models.beta.messages.BetaStopReason;
import com.anthropic.models.beta.messages.BetaThreadCreateParams;
import com.anthropic.models.beta.messages.MessageCreateParams;
import com.anthropic.models.beta.messages.ThreadCreateParams;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.fixtures.SteppingClock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * anthropic-java's tool runner and message threads end to end: they keep the conversation on the API
 * ({@code thread} create, then continue with only the new messages), which the fake keeps as the API does.
 */
class AnthropicToolRunnerTests {

    private final SteppingClock clock = new SteppingClock();
    private final FakeServer server = FakeServer.start(new AnthropicFake(clock));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @JsonClassDescription("Get the weather in a given location")
    static class GetWeather implements Supplier<String> {
        @JsonPropertyDescription("The city, e.g. Paris")
        public String location;

        @Override
        public String get() {
            return "foggy and 12°C in " + location;
        }
    }

    private static MessageCreateParams weatherQuestion() {
        return MessageCreateParams.builder()
                .model(AnthropicClients.MODEL)
                .maxTokens(1000)
                .system("You are a weather desk.")
                .addUserMessage("What is the weather in Paris?")
                .addTool(GetWeather.class)
                .build();
    }

    @Test
    void theToolRunnerCallsTheToolThenGetsTheAnswerThatUsesItsResult() {
        server.useScenario("tool_usage");

        List<BetaMessage> messages = new ArrayList<>();
        client.beta().messages().toolRunner(weatherQuestion()).forEach(messages::add);

        assertThat(messages).hasSize(2);
        assertThat(messages.get(0).stopReason()).contains(BetaStopReason.TOOL_USE);
        assertThat(messages.get(0).content().get(0).asToolUse().name()).isEqualTo("get_weather");
        assertThat(messages.get(1).stopReason()).contains(BetaStopReason.END_TURN);
        assertThat(messages.get(1).content().get(0).asText().text())
                .startsWith("Here is what I found: get_weather returned foggy and 12°C in ");
        List<JsonNode> requests = requestBodies();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).at("/thread/type").asText()).isEqualTo("create");
        assertThat(requests.get(1).at("/thread/type").asText()).isEqualTo("continue");
        assertThat(requests.get(1).at("/thread/previous_message_id").asText())
                .isEqualTo(messages.get(0).id());
        // the continue carries only the tool result: the rest of the conversation is the fake's to keep
        assertThat(requests.get(1).get("messages")).hasSize(1);
        assertThat(requests.get(1).has("tools")).isFalse();
        assertThat(server.interactions().all())
                .allSatisfy(call -> assertThat(call.status()).isEqualTo(200));
    }

    @Test
    void theStreamingToolRunnerRunsTheSameLoop() {
        server.useScenario("tool_usage");

        List<BetaMessage> messages = new ArrayList<>();
        for (StreamResponse<BetaRawMessageStreamEvent> stream :
                client.beta().messages().toolRunner(weatherQuestion()).streaming()) {
            BetaMessageAccumulator accumulator = BetaMessageAccumulator.create();
            stream.stream().forEach(accumulator::accumulate);
            messages.add(accumulator.message());
        }

        assertThat(messages)
                .extracting(message -> message.stopReason().orElseThrow())
                .containsExactly(BetaStopReason.TOOL_USE, BetaStopReason.END_TURN);
        assertThat(messages.get(1).content().get(0).asText().text()).contains("get_weather returned foggy");
    }

    @Test
    void aThreadKeepsTheSystemPromptAndTheHistoryForTheNextTurn() {
        BetaMessageThread thread = client.beta()
                .messages()
                .thread(ThreadCreateParams.builder()
                        .model(AnthropicClients.MODEL)
                        .maxTokens(1000)
                        .system("You are a weather desk.")
                        .build());

        thread.send("Hello, I am Ada");
        BetaMessage second = thread.send("What is my name?");

        assertThat(second.content().get(0).asText().text()).isEqualTo("You said: \"What is my name?\"");
        assertThat(requestBodies().get(1).get("messages")).hasSize(1);
        Interaction continued = server.interactions().all().get(1);
        assertThat(continued.status()).isEqualTo(200);
        // the usage counts the whole rebuilt conversation, system prompt included, not only the new message
        assertThat(second.usage().inputTokens())
                .isGreaterThan(client.messages()
                        .countTokens(com.anthropic.models.messages.MessageCountTokensParams.builder()
                                .model(AnthropicClients.MODEL)
                                .addUserMessage("What is my name?")
                                .build())
                        .inputTokens());
    }

    @Test
    void anExpiredThreadIsNotFoundAndTheSdkReplaysTheWholeConversation() throws Exception {
        BetaMessageThread thread = client.beta()
                .messages()
                .thread(ThreadCreateParams.builder()
                        .model(AnthropicClients.MODEL)
                        .maxTokens(1000)
                        .build());
        thread.send("Hello");
        clock.advance(MessageThreads.LIFETIME);

        BetaMessage answer = thread.send("Still there?");

        assertThat(answer.content().get(0).asText().text()).isEqualTo("You said: \"Still there?\"");
        assertThat(server.interactions().all()).extracting(Interaction::status).containsExactly(200, 404, 200);
        JsonNode notFound =
                JsonSupport.mapper().readTree(server.interactions().all().get(1).responseBody());
        assertThat(notFound.at("/error/type").asText()).isEqualTo("not_found_error");
        assertThat(notFound.at("/error/details/error_code").asText()).isEqualTo("thread_not_found");
        JsonNode replay = requestBodies().get(2);
        assertThat(replay.at("/thread/type").asText()).isEqualTo("create");
        assertThat(replay.get("messages")).hasSize(3);
    }

    @Test
    void aReplyIsContinuedOnlyOnce() {
        BetaMessage first = client.beta()
                .messages()
                .create(MessageCreateParams.builder()
                        .model(AnthropicClients.MODEL)
                        .maxTokens(100)
                        .addUserMessage("Hello")
                        .thread(BetaThreadCreateParams.builder().build())
                        .build());
        MessageCreateParams followUp = MessageCreateParams.builder()
                .model(AnthropicClients.MODEL)
                .maxTokens(100)
                .addUserMessage("Again")
                .continueThread(first.id())
                .build();
        client.beta().messages().create(followUp);

        assertThatThrownBy(() -> client.beta().messages().create(followUp))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e ->
                        assertThat(((BadRequestException) e).body().toString()).contains("thread_already_continued"));
    }

    @Test
    void aToolResultStillNeedsItsToolUseInTheRebuiltConversation() {
        BetaMessage first = client.beta()
                .messages()
                .create(MessageCreateParams.builder()
                        .model(AnthropicClients.MODEL)
                        .maxTokens(100)
                        .addUserMessage("Hello")
                        .thread(BetaThreadCreateParams.builder().build())
                        .build());

        assertThatThrownBy(() -> client.beta()
                        .messages()
                        .create(MessageCreateParams.builder()
                                .model(AnthropicClients.MODEL)
                                .maxTokens(100)
                                .addUserMessageOfContentBlockParams(
                                        List.of(com.anthropic.models.beta.messages.BetaContentBlockParam.ofToolResult(
                                                com.anthropic.models.beta.messages.BetaToolResultBlockParam.builder()
                                                        .toolUseId("toolu_01nothingcalledthis")
                                                        .content("42")
                                                        .build())))
                                .continueThread(first.id())
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Each `tool_result` block must have a corresponding `tool_use` block");
    }

    private List<JsonNode> requestBodies() {
        return server.interactions().all().stream()
                .map(call -> ((ParsedBody.Json) call.body()).as(JsonNode.class))
                .toList();
    }

    /** A clock the test moves on. */
}
