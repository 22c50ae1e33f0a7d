package dev.mockapis.core.conversation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads the {@code proceed:} directive of a scenario file into a {@link Reply}, the same for every LLM
 * fake:
 *
 * <pre>
 * proceed: { reply: "Hello!" }
 * proceed: { toolCall: get_weather }
 * proceed: { toolCall: { name: get_weather, arguments: { city: Paris } } }
 * proceed: { toolCalls: [ { name: a }, { name: b } ] }
 * proceed: { firstTool: true }          # or toolRoundTrip: true, echo: true
 * proceed: { failMidStream: overloaded }
 * proceed: { sequence: [ { toolCall: get_weather }, "It is sunny." ] }
 * </pre>
 */
public final class ReplyDirectives {

    private static final List<String> KINDS = List.of(
            "reply", "toolCall", "toolCalls", "firstTool", "toolRoundTrip", "echo", "failMidStream", "sequence");

    private ReplyDirectives() {}

    /**
     * The reply a directive describes; {@code null} for an empty one (the fake's default).
     *
     * @throws IllegalArgumentException naming what is wrong and what is accepted
     */
    public static Reply read(JsonNode spec) {
        if (spec == null || spec.isNull() || (spec.isObject() && spec.isEmpty())) {
            return null;
        }
        return reply(spec);
    }

    private static Reply reply(JsonNode spec) {
        if (spec.isTextual()) {
            return Reply.text(spec.asText());
        }
        if (!spec.isObject() || spec.size() != 1) {
            throw new IllegalArgumentException("expected one of " + KINDS + ", got " + spec);
        }
        String kind = spec.fieldNames().next();
        JsonNode value = spec.get(kind);
        switch (kind) {
            case "reply":
                return Reply.text(text(value, "reply"));
            case "toolCall":
                return new Reply.ToolCalls(List.of(call(value)));
            case "toolCalls":
                return new Reply.ToolCalls(calls(value));
            case "firstTool":
                return Reply.firstTool();
            case "toolRoundTrip":
                return Reply.toolRoundTrip();
            case "echo":
                return Reply.echo();
            case "failMidStream":
                return Reply.failMidStream(failure(value));
            case "sequence":
                return new Reply.Sequence(sequence(value));
            default:
                throw new IllegalArgumentException("unknown reply '" + kind + "'; expected one of " + KINDS);
        }
    }

    private static Reply.ToolCall call(JsonNode value) {
        if (value.isTextual()) {
            return new Reply.ToolCall(value.asText(), null);
        }
        if (!value.isObject() || !value.path("name").isTextual()) {
            throw new IllegalArgumentException("a tool call is a tool name or { name, arguments }, got " + value);
        }
        JsonNode arguments = value.get("arguments");
        String json = arguments == null || arguments.isNull()
                ? null
                : arguments.isTextual() ? arguments.asText() : JsonSupport.write(arguments);
        return new Reply.ToolCall(value.get("name").asText(), json);
    }

    private static List<Reply.ToolCall> calls(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            throw new IllegalArgumentException("toolCalls is a non-empty list of tool calls, got " + value);
        }
        List<Reply.ToolCall> calls = new ArrayList<>();
        value.forEach(call -> calls.add(call(call)));
        return calls;
    }

    private static List<Reply> sequence(JsonNode value) {
        if (!value.isArray() || value.isEmpty()) {
            throw new IllegalArgumentException("sequence is a non-empty list of replies, got " + value);
        }
        List<Reply> replies = new ArrayList<>();
        for (Iterator<JsonNode> it = value.elements(); it.hasNext(); ) {
            replies.add(reply(it.next()));
        }
        return replies;
    }

    private static Failure failure(JsonNode value) {
        String name = text(value, "failMidStream").toUpperCase(Locale.ROOT);
        try {
            return Failure.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown failure '" + value.asText() + "'; expected one of "
                    + Arrays.stream(Failure.values())
                            .map(f -> f.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", ")));
        }
    }

    private static String text(JsonNode value, String field) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw new IllegalArgumentException(field + " expects a text, got " + value);
        }
        return value.asText();
    }
}
