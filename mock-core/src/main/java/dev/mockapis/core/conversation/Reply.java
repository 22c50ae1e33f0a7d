package dev.mockapis.core.conversation;

import dev.mockapis.core.Directive;
import dev.mockapis.core.conversation.internal.JsonObjects;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an LLM fake answers on a model turn, used as a scenario directive:
 * {@code Rule.on("messages.create").proceedWith(Reply.text("Hi!"))}. Every provider shapes it for its
 * API and streams it when asked, so one reply works against all of them.
 *
 * <p>With no directive a fake answers with {@link #echo()}.
 */
public sealed interface Reply extends Directive {

    /** Answers with this text (for structured output, JSON text is used as is; other text is fitted into the schema). */
    static Reply text(String text) {
        return new Text(text);
    }

    /** Calls the named tool with arguments generated from its JSON Schema. */
    static Reply toolCall(String name) {
        return new ToolCalls(List.of(new ToolCall(name, null)));
    }

    /** Calls the named tool with these arguments (a JSON object as text). */
    static Reply toolCall(String name, String argumentsJson) {
        return new ToolCalls(List.of(new ToolCall(name, argumentsJson)));
    }

    /** Calls several tools at once (parallel tool calls). */
    static Reply toolCalls(ToolCall... calls) {
        return new ToolCalls(List.of(calls));
    }

    /** Calls the first declared tool with arguments generated from its JSON Schema. */
    static Reply firstTool() {
        return new ToolCalls(List.of(new ToolCall(null, null)));
    }

    /**
     * Calls the first declared tool, and once its output comes back answers with a text that uses it:
     * the {@code tool_usage} scenario's behaviour. Without tools, echoes.
     */
    static Reply toolRoundTrip() {
        return new ToolRoundTrip();
    }

    /**
     * The default: quotes the user's last message ({@code You said: "..."}), or, when tool outputs just
     * came back, reports them ({@code Here is what I found: get_weather returned ...}).
     */
    static Reply echo() {
        return new Echo();
    }

    /**
     * Starts streaming the default answer, then fails with the provider's error event half-way; a
     * request that does not stream gets the error as its response.
     */
    static Reply failMidStream(Failure failure) {
        return new FailMidStream(failure);
    }

    /**
     * The replies in order, one per model turn (a turn resumed after tool outputs is a turn too); the
     * last repeats. The fake keeps the position per sequence instance and starts again when it is reset.
     */
    static Reply sequence(Reply... replies) {
        return new Sequence(List.of(replies));
    }

    /** Texts in order, one per model turn; the last repeats. */
    static Reply sequence(String... texts) {
        return new Sequence(Arrays.stream(texts).map(Reply::text).toList());
    }

    /**
     * Answers with a text.
     *
     * @param text the text
     */
    record Text(String text) implements Reply {
        /** Validates. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Calls tools.
     *
     * @param calls the calls, at least one
     */
    record ToolCalls(List<ToolCall> calls) implements Reply {
        /** Validates and copies. */
        public ToolCalls {
            calls = List.copyOf(calls);
            if (calls.isEmpty()) {
                throw new IllegalArgumentException("A tool-call reply needs at least one call");
            }
        }
    }

    /**
     * One tool call.
     *
     * @param name the tool, or {@code null} for the first declared tool
     * @param arguments the arguments as a JSON object text, or {@code null} to generate them from the tool's schema
     */
    record ToolCall(@Nullable String name, @Nullable String arguments) {
        /** Checks that the arguments, when given, are a JSON object. */
        public ToolCall {
            if (arguments != null && !JsonObjects.isObject(arguments)) {
                throw new IllegalArgumentException("Tool-call arguments must be a JSON object, were: " + arguments);
            }
        }
    }

    /** Calls the first tool, then answers with its output. */
    record ToolRoundTrip() implements Reply {}

    /** Quotes the user, or reports tool outputs. */
    record Echo() implements Reply {}

    /**
     * Fails half-way through a stream.
     *
     * @param failure the error the stream ends with
     */
    record FailMidStream(Failure failure) implements Reply {
        /** Validates. */
        public FailMidStream {
            Objects.requireNonNull(failure, "failure");
        }
    }

    /**
     * Replies in order, one per model turn, the last repeating. Its position is tracked per instance
     * (by identity), so two equal sequences in one scenario advance separately.
     *
     * @param replies the replies, at least one
     */
    record Sequence(List<Reply> replies) implements Reply {
        /** Validates and copies. */
        public Sequence {
            replies = List.copyOf(replies);
            if (replies.isEmpty()) {
                throw new IllegalArgumentException("A reply sequence needs at least one reply");
            }
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
