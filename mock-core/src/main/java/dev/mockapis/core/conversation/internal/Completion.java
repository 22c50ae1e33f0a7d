package dev.mockapis.core.conversation.internal;

import dev.mockapis.core.conversation.Failure;
import java.util.List;
import java.util.Objects;

/**
 * What the model produces on a turn, before a provider gives it its wire shape: a text, tool calls, or
 * a stream that fails half-way.
 */
public sealed interface Completion {

    /** The tokens it costs to produce, for usage. */
    int outputTokens();

    /** The model's visible reasoning, or {@code null} when it shows none. */
    default String reasoning() {
        return null;
    }

    /** Why a text answer ended. */
    enum Stop {
        /** The model finished its answer. */
        END_TURN,
        /** The answer was cut at the request's output-token limit. */
        MAX_TOKENS,
        /** The answer was cut before one of the request's stop sequences. */
        STOP_SEQUENCE
    }

    /**
     * An answer in text.
     *
     * @param text the text
     * @param reasoning the model's visible reasoning before the answer, or {@code null}
     * @param stop why it ended
     * @param stopSequence the stop sequence met, when {@code stop} is {@link Stop#STOP_SEQUENCE}; otherwise {@code null}
     */
    record Text(String text, String reasoning, Stop stop, String stopSequence) implements Completion {

        /** Validates. */
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(stop, "stop");
        }

        /** A finished answer without reasoning. */
        public Text(String text) {
            this(text, null, Stop.END_TURN, null);
        }

        @Override
        public int outputTokens() {
            return Math.max(1, Tokens.count(text) + Tokens.count(reasoning));
        }

        /** The tokens of the reasoning alone. */
        public int reasoningTokens() {
            return Tokens.count(reasoning);
        }

        /** This answer with reasoning before it. */
        public Text withReasoning(String thoughts) {
            return new Text(text, thoughts, stop, stopSequence);
        }
    }

    /**
     * Tool calls; each provider gives every call its id.
     *
     * @param calls the calls, at least one
     * @param reasoning the model's visible reasoning before the calls, or {@code null}
     */
    record ToolCalls(List<Call> calls, String reasoning) implements Completion {

        /** Validates and copies. */
        public ToolCalls {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("Tool calls need at least one call");
            }
        }

        /** Calls without reasoning. */
        public ToolCalls(List<Call> calls) {
            this(calls, null);
        }

        @Override
        public int outputTokens() {
            return calls.stream()
                            .mapToInt(call -> Tokens.count(call.name()) + Tokens.count(call.arguments()) + 3)
                            .sum()
                    + Tokens.count(reasoning);
        }

        /** The tokens of the reasoning alone. */
        public int reasoningTokens() {
            return Tokens.count(reasoning);
        }

        /** These calls with reasoning before them. */
        public ToolCalls withReasoning(String thoughts) {
            return new ToolCalls(calls, thoughts);
        }
    }

    /**
     * One tool call.
     *
     * @param name the function's name
     * @param arguments its arguments, a JSON object as text
     */
    record Call(String name, String arguments) {
        /** Validates. */
        public Call {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    /**
     * A stream that sends the first half of an answer, then the provider's error event.
     *
     * @param partial the answer the stream starts sending
     * @param failure the error it ends with
     */
    record FailedMidStream(Completion.Text partial, Failure failure) implements Completion {

        /** Validates. */
        public FailedMidStream {
            Objects.requireNonNull(partial, "partial");
            Objects.requireNonNull(failure, "failure");
        }

        @Override
        public int outputTokens() {
            return partial.outputTokens() / 2;
        }

        @Override
        public String reasoning() {
            return partial.reasoning();
        }
    }
}
