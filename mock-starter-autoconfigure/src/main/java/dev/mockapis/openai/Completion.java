package dev.mockapis.openai;

import java.util.List;

/** What the model produces on a turn, before an API gives it its shape: a text, or tool calls. */
sealed interface Completion {

    /** The tokens it costs to produce, for usage. */
    int outputTokens();

    /** An answer in text. */
    record Text(String text) implements Completion {
        @Override
        public int outputTokens() {
            return Math.max(1, Tokens.count(text));
        }
    }

    /** Tool calls; the API gives each its call id. */
    record ToolCalls(List<Call> calls) implements Completion {
        public ToolCalls {
            calls = List.copyOf(calls);
        }

        @Override
        public int outputTokens() {
            return calls.stream().mapToInt(call -> Tokens.count(call.name()) + Tokens.count(call.arguments()) + 3).sum();
        }
    }

    /** One tool call: the function and its arguments as JSON text. */
    record Call(String name, String arguments) {
    }
}
