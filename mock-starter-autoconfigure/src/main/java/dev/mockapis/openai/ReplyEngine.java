package dev.mockapis.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.JsonSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Decides what the model says on a turn: the scenario's {@link Reply}, or the default. Thread-safe. */
final class ReplyEngine {

    private final Map<Reply.Sequence, Integer> positions = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * The completion for a turn.
     *
     * @param directive the scenario's directive, {@code null} for the default
     */
    Completion complete(Object directive, Turn turn) {
        if (directive == null) {
            return defaultAnswer(turn);
        }
        if (!(directive instanceof Reply reply)) {
            throw new IllegalArgumentException("The openai fake cannot follow the directive " + directive
                    + "; use a dev.mockapis.openai.Reply");
        }
        return complete(reply, turn);
    }

    void reset() {
        positions.clear();
    }

    private Completion complete(Reply reply, Turn turn) {
        if (reply instanceof Reply.Text text) {
            return text(text.text(), turn);
        }
        if (reply instanceof Reply.ToolCalls calls) {
            return toolCalls(calls, turn);
        }
        if (reply instanceof Reply.ToolRoundTrip) {
            if (!turn.toolResults().isEmpty() || turn.tools().isEmpty()) {
                return defaultAnswer(turn);
            }
            return toolCalls(new Reply.ToolCalls(List.of(new Reply.ToolCall(null, null))), turn);
        }
        if (reply instanceof Reply.Sequence sequence) {
            return complete(next(sequence), turn);
        }
        return defaultAnswer(turn);
    }

    private Reply next(Reply.Sequence sequence) {
        int position = positions.merge(sequence, 1, Integer::sum) - 1;
        List<Reply> replies = sequence.replies();
        return replies.get(Math.min(position, replies.size() - 1));
    }

    private static Completion defaultAnswer(Turn turn) {
        if (!turn.toolResults().isEmpty()) {
            String results = turn.toolResults().stream()
                    .map(result -> (result.toolName() != null ? result.toolName() : result.callId()) + " returned " + result.output())
                    .collect(Collectors.joining("; "));
            return text("Here is what I found: " + results, turn);
        }
        String user = turn.lastUserText();
        return text(user.isEmpty() ? "Hello! How can I help you today?" : "You said: \"" + user + "\"", turn);
    }

    private static Completion text(String text, Turn turn) {
        if (turn.outputSchema() == null) {
            return new Completion.Text(text);
        }
        try {
            JsonSupport.mapper().readTree(text);
            if (text.strip().startsWith("{") || text.strip().startsWith("[")) {
                return new Completion.Text(text);
            }
        } catch (JsonProcessingException e) {
            // Not JSON: fit the text into the schema instead.
        }
        return new Completion.Text(JsonSupport.write(SchemaSampler.sample(turn.outputSchema(), text)));
    }

    private static Completion toolCalls(Reply.ToolCalls reply, Turn turn) {
        List<Completion.Call> calls = new ArrayList<>();
        for (Reply.ToolCall call : reply.calls()) {
            String name = call.name();
            if (name == null) {
                if (turn.tools().isEmpty()) {
                    return defaultAnswer(turn);
                }
                name = turn.tools().get(0).name();
            }
            String arguments = call.arguments();
            if (arguments == null) {
                JsonNode schema = turn.tool(name).map(Turn.Tool::parameters).orElse(null);
                arguments = JsonSupport.write(SchemaSampler.sample(schema));
            }
            calls.add(new Completion.Call(name, arguments));
        }
        return new Completion.ToolCalls(calls);
    }
}
