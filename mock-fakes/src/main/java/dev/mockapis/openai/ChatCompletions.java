package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.openai.internal.ChatDialect;
import dev.mockapis.openai.internal.TokenCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /v1/chat/completions}: {@code n} choices, each a text or tool calls, with usage, as one
 * {@code chat.completion} or as a stream of {@code chat.completion.chunk}s. Stateless. The OpenAI fake
 * serves it in OpenAI's {@link ChatDialect}; fakes of OpenAI-compatible providers serve it in theirs.
 */
public final class ChatCompletions {

    private final ChatDialect dialect;
    private final Clock clock;
    private final ReplyEngine replies;

    /**
     * Chat Completions in a provider's dialect.
     *
     * @param dialect what the provider does differently from OpenAI
     * @param clock the clock for {@code created}
     * @param replies the fake's reply engine, which keeps the positions of reply sequences
     */
    public ChatCompletions(ChatDialect dialect, Clock clock, ReplyEngine replies) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.replies = Objects.requireNonNull(replies, "replies");
    }

    /**
     * The turn a request asks for, checked as the provider checks it.
     *
     * @throws ProviderErrorException when the request is invalid
     */
    public Turn turn(ApiCall call) {
        JsonBody body = JsonBody.of(call.request());
        return dialect.adapt(ChatTranscript.read(call.operationId(), body), body.json());
    }

    /**
     * Answers a {@code chat.completions.create} call.
     *
     * @param directive the scenario's {@link dev.mockapis.core.conversation.Reply}, or {@code null} for the default answer
     */
    public FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        Turn turn = dialect.adapt(ChatTranscript.read(call.operationId(), body), body.json());
        int n = body.integer("n").orElse(1);
        if (n < 1) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'n': integer below minimum value. Expected a value >= 1, but got " + n + " instead.",
                    "n",
                    "integer_below_min_value");
        }
        if (n > 128) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'n': integer above maximum value. Expected a value <= 128, but got " + n + " instead.",
                    "n",
                    "integer_above_max_value");
        }
        boolean stream = body.bool("stream", false);
        if (!stream && body.has("stream_options")) {
            throw OpenAiErrors.badRequest(
                    "The 'stream_options' parameter is only allowed when 'stream' is enabled.", "stream_options", null);
        }
        Completion first = replies.complete(directive, turn);
        Completion.FailedMidStream failed = first instanceof Completion.FailedMidStream f ? f : null;
        if (failed != null && !stream) {
            throw new ProviderErrorException(dialect.error(failed.failure()));
        }
        Completion answer = failed == null ? first : failed.partial();
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            choices.add(new Choice(i, answer, callIds(answer)));
        }
        String id = dialect.completionId();
        long created = clock.instant().getEpochSecond();
        ObjectNode usage = usage(turn, body, choices);
        if (stream) {
            boolean includeUsage = body.optionalObject("stream_options")
                    .map(o -> o.path("include_usage").asBoolean(false))
                    .orElse(false);
            ChatChunks chunks = new ChatChunks(dialect, id, created, turn.model());
            return FakeResponse.eventStream(
                    failed == null
                            ? chunks.events(choices, includeUsage ? usage : null)
                            : chunks.failing(choices, dialect.error(failed.failure())));
        }
        ObjectNode completion = JsonSupport.object();
        completion.put("id", id);
        completion.put("object", "chat.completion");
        completion.put("created", created);
        completion.put("model", turn.model());
        ArrayNode array = completion.putArray("choices");
        for (Choice choice : choices) {
            ObjectNode rendered = array.addObject();
            rendered.put("index", choice.index());
            rendered.set("message", message(choice));
            rendered.putNull("logprobs");
            rendered.put("finish_reason", choice.finishReason());
        }
        completion.set("usage", usage);
        dialect.describeService(completion);
        return FakeResponse.json(200, completion);
    }

    private List<String> callIds(Completion completion) {
        List<String> callIds = new ArrayList<>();
        if (completion instanceof Completion.ToolCalls calls) {
            calls.calls().forEach(call -> callIds.add(dialect.toolCallId()));
        }
        return callIds;
    }

    private ObjectNode message(Choice choice) {
        ObjectNode message = JsonSupport.object();
        message.put("role", "assistant");
        if (choice.completion() instanceof Completion.Text text) {
            message.put("content", text.text());
        } else {
            message.putNull("content");
        }
        if (dialect.reasoningField() != null && choice.completion().reasoning() != null) {
            message.put(dialect.reasoningField(), choice.completion().reasoning());
        }
        if (choice.completion() instanceof Completion.ToolCalls) {
            message.set("tool_calls", toolCalls(choice));
        }
        if (dialect.refusals()) {
            message.putNull("refusal");
            message.putArray("annotations");
        }
        return message;
    }

    private static ArrayNode toolCalls(Choice choice) {
        ArrayNode calls = JsonSupport.mapper().createArrayNode();
        List<Completion.Call> planned = ((Completion.ToolCalls) choice.completion()).calls();
        for (int i = 0; i < planned.size(); i++) {
            ObjectNode call = calls.addObject();
            call.put("id", choice.callIds().get(i));
            call.put("type", "function");
            call.putObject("function")
                    .put("name", planned.get(i).name())
                    .put("arguments", planned.get(i).arguments());
        }
        return calls;
    }

    private ObjectNode usage(Turn turn, JsonBody body, List<Choice> choices) {
        TokenCounter tokens = dialect.tokens();
        int prompt = tokens.chatPrompt(turn, body.json());
        int completion = choices.stream()
                .mapToInt(choice -> tokens.output(turn, choice.completion()))
                .sum();
        int reasoning = choices.stream()
                .mapToInt(choice -> tokens.reasoning(turn, choice.completion()))
                .sum();
        return dialect.usage(turn, prompt, completion, reasoning);
    }

    /** One choice: its index, what the model produced, and the ids of its tool calls. */
    record Choice(int index, Completion completion, List<String> callIds) {
        String finishReason() {
            if (completion instanceof Completion.ToolCalls) {
                return "tool_calls";
            }
            return ((Completion.Text) completion).stop() == Completion.Stop.MAX_TOKENS ? "length" : "stop";
        }
    }
}
