package dev.mockapis.core.conversation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.Directive;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides what the model says on a turn: the scenario's {@link Reply}, or the default, cut to the
 * request's stop sequences and output-token limit. One per fake; thread-safe.
 *
 * <p>The default keeps the provider's promises: when the request forces a tool call it calls the first
 * offered tool; when it asks for JSON, by an output schema or by a schema embedded in the last user
 * message ({@link PromptSchemas}), it answers with JSON valid for that schema. A scripted text is sent as
 * written, except that an explicit output schema still shapes it.
 */
public final class ReplyEngine {

    private final Map<Reply.Sequence, Integer> positions = Collections.synchronizedMap(new IdentityHashMap<>());

    /**
     * The completion for a turn.
     *
     * @param directive the scenario's directive, {@code null} for the default
     * @throws IllegalArgumentException when the directive is not a {@link Reply}
     */
    public Completion complete(Directive directive, Turn turn) {
        if (directive != null && !(directive instanceof Reply)) {
            throw new IllegalArgumentException(
                    "An LLM fake follows a " + Reply.class.getName() + " directive, not " + directive);
        }
        Completion completion = directive == null ? defaultAnswer(turn) : complete((Reply) directive, turn);
        return limited(turn.reasoning() ? Thoughts.add(completion, turn) : completion, turn);
    }

    /** Starts every reply sequence from its first reply again. */
    public void reset() {
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
        if (reply instanceof Reply.FailMidStream fail) {
            return new Completion.FailedMidStream(defaultText(turn), fail.failure());
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
        if (turn.toolRequired() && !turn.tools().isEmpty()) {
            return toolCalls(new Reply.ToolCalls(List.of(new Reply.ToolCall(null, null))), turn);
        }
        return defaultText(turn);
    }

    private static Completion.Text defaultText(Turn turn) {
        String answer;
        if (!turn.toolResults().isEmpty()) {
            String results = turn.toolResults().stream()
                    .map(result -> (result.toolName() != null ? result.toolName() : result.callId()) + " returned "
                            + result.output())
                    .collect(Collectors.joining("; "));
            answer = "Here is what I found: " + results;
        } else {
            String user = turn.lastUserText();
            answer = user.isEmpty() ? "Hello! How can I help you today?" : "You said: \"" + user + "\"";
        }
        if (turn.outputSchema() == null) {
            JsonNode asked = PromptSchemas.in(turn.lastUserText()).orElse(null);
            if (asked != null) {
                return new Completion.Text(JsonSupport.write(SchemaSampler.sample(asked, answer)));
            }
        }
        return text(answer, turn);
    }

    private static Completion.Text text(String text, Turn turn) {
        if (turn.outputSchema() == null || JsonObjects.isStructure(text)) {
            return new Completion.Text(text);
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
                arguments = JsonSupport.write(SchemaSampler.sample(
                        turn.tool(name).map(Turn.Tool::parameters).orElse(null)));
            }
            calls.add(new Completion.Call(name, arguments));
        }
        return new Completion.ToolCalls(calls);
    }

    private static Completion limited(Completion completion, Turn turn) {
        if (completion instanceof Completion.Text text) {
            return limited(text, turn);
        }
        if (completion instanceof Completion.FailedMidStream failed) {
            return new Completion.FailedMidStream(limited(failed.partial(), turn), failed.failure());
        }
        return completion;
    }

    private static Completion.Text limited(Completion.Text text, Turn turn) {
        Completion.Text result = text;
        for (String stop : turn.stopSequences()) {
            int at = result.text().indexOf(stop);
            if (at >= 0) {
                result = new Completion.Text(
                        result.text().substring(0, at), result.reasoning(), Completion.Stop.STOP_SEQUENCE, stop);
            }
        }
        Integer max = turn.maxOutputTokens();
        if (max != null && result.outputTokens() > max) {
            int forText = Math.max(0, max - result.reasoningTokens());
            result = new Completion.Text(
                    Tokens.truncate(result.text(), forText), result.reasoning(), Completion.Stop.MAX_TOKENS, null);
        }
        return result;
    }
}
