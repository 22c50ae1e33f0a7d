package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.JsonSupport;
import dev.mockapis.core.conversation.Turn;
import dev.mockapis.core.conversation.Completion;
import dev.mockapis.core.conversation.ReplyEngine;
import dev.mockapis.core.conversation.Tokens;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/chat/completions}: {@code n} choices, each a text or tool calls, with usage, as one
 * {@code chat.completion} or as a stream of {@code chat.completion.chunk}s. Stateless.
 */
final class ChatCompletions {

    static final String SYSTEM_FINGERPRINT = "fp_f1a2b3c4d5";

    private final IdGenerator ids;
    private final Clock clock;
    private final ReplyEngine replies;

    ChatCompletions(IdGenerator ids, Clock clock, ReplyEngine replies) {
        this.ids = ids;
        this.clock = clock;
        this.replies = replies;
    }

    Turn turn(ApiCall call) {
        return ChatTranscript.read(call.operationId(), JsonBody.of(call.request()));
    }

    FakeResponse create(ApiCall call, Object directive) {
        JsonBody body = JsonBody.of(call.request());
        Turn turn = ChatTranscript.read(call.operationId(), body);
        int n = body.integer("n").orElse(1);
        if (n < 1) {
            throw OpenAiErrors.badRequest("Invalid 'n': integer below minimum value. Expected a value >= 1, but got " + n + " instead.",
                    "n", "integer_below_min_value");
        }
        if (n > 128) {
            throw OpenAiErrors.badRequest("Invalid 'n': integer above maximum value. Expected a value <= 128, but got " + n + " instead.",
                    "n", "integer_above_max_value");
        }
        boolean stream = body.bool("stream", false);
        if (!stream && body.has("stream_options")) {
            throw OpenAiErrors.badRequest("The 'stream_options' parameter is only allowed when 'stream' is enabled.", "stream_options",
                    null);
        }
        List<Choice> choices = new ArrayList<>();
        Completion first = replies.complete(directive, turn);
        for (int i = 0; i < n; i++) {
            choices.add(new Choice(i, first, callIds(first)));
        }
        String id = ids.chatCompletion();
        long created = clock.instant().getEpochSecond();
        ObjectNode usage = usage(turn, choices);
        if (stream) {
            boolean includeUsage = body.optionalObject("stream_options").map(o -> o.path("include_usage").asBoolean(false)).orElse(false);
            return FakeResponse.eventStream(new ChatChunks(id, created, turn.model()).events(choices, includeUsage ? usage : null));
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
        completion.put("service_tier", "default");
        completion.put("system_fingerprint", SYSTEM_FINGERPRINT);
        return FakeResponse.json(200, completion);
    }

    private List<String> callIds(Completion completion) {
        List<String> callIds = new ArrayList<>();
        if (completion instanceof Completion.ToolCalls calls) {
            calls.calls().forEach(call -> callIds.add(ids.toolCall()));
        }
        return callIds;
    }

    private static ObjectNode message(Choice choice) {
        ObjectNode message = JsonSupport.object();
        message.put("role", "assistant");
        if (choice.completion() instanceof Completion.Text text) {
            message.put("content", text.text());
        } else {
            message.putNull("content");
            message.set("tool_calls", toolCalls(choice));
        }
        message.putNull("refusal");
        message.putArray("annotations");
        return message;
    }

    private static ArrayNode toolCalls(Choice choice) {
        ArrayNode calls = JsonSupport.mapper().createArrayNode();
        List<Completion.Call> planned = ((Completion.ToolCalls) choice.completion()).calls();
        for (int i = 0; i < planned.size(); i++) {
            ObjectNode call = calls.addObject();
            call.put("id", choice.callIds().get(i));
            call.put("type", "function");
            call.putObject("function").put("name", planned.get(i).name()).put("arguments", planned.get(i).arguments());
        }
        return calls;
    }

    private static ObjectNode usage(Turn turn, List<Choice> choices) {
        int prompt = 3;
        for (Turn.Message message : turn.messages()) {
            prompt += Tokens.PER_MESSAGE + Tokens.count(message.text());
        }
        for (Turn.Tool tool : turn.tools()) {
            prompt += Tokens.count(tool.name()) + Tokens.count(tool.description())
                    + (tool.parameters() == null ? 0 : Tokens.count(tool.parameters().toString()));
        }
        int completion = choices.stream().mapToInt(choice -> choice.completion().outputTokens()).sum();
        return usage(prompt, completion);
    }

    static ObjectNode usage(int prompt, int completion) {
        ObjectNode usage = JsonSupport.object();
        usage.put("prompt_tokens", prompt);
        usage.put("completion_tokens", completion);
        usage.put("total_tokens", prompt + completion);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        usage.putObject("completion_tokens_details")
                .put("reasoning_tokens", 0)
                .put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0)
                .put("rejected_prediction_tokens", 0);
        return usage;
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
