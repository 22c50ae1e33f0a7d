package dev.mockapis.core.conversation.internal;

import java.util.stream.Collectors;

/** The visible reasoning a thinking model writes before its answer: short, deterministic, about the turn. */
final class Thoughts {

    private Thoughts() {}

    static Completion add(Completion completion, Turn turn) {
        if (completion instanceof Completion.Text text) {
            return text.withReasoning(about(turn, "I will answer directly."));
        }
        if (completion instanceof Completion.ToolCalls calls) {
            String tools = calls.calls().stream().map(Completion.Call::name).collect(Collectors.joining(" and "));
            return calls.withReasoning(about(turn, "I need " + tools + " for this, so I will call it."));
        }
        Completion.FailedMidStream failed = (Completion.FailedMidStream) completion;
        return new Completion.FailedMidStream(
                failed.partial().withReasoning(about(turn, "I will answer directly.")), failed.failure());
    }

    private static String about(Turn turn, String plan) {
        if (!turn.toolResults().isEmpty()) {
            return "The tool results are back: "
                    + turn.toolResults().stream().map(result -> result.output()).collect(Collectors.joining("; "))
                    + ". I will report them.";
        }
        String user = turn.lastUserText();
        return (user.isEmpty() ? "There is no question yet." : "The user asks: \"" + user + "\".") + " " + plan;
    }
}
