package dev.mockapis.core.conversation.internal;

import dev.mockapis.core.CallContext;
import dev.mockapis.core.conversation.ConversationMatchers;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What an LLM fake attaches to a model-turn call for scenario matchers ({@link ConversationMatchers}):
 * the {@link Turn} it is about to answer, worked out from the request and the fake's state on first
 * use. A request the fake cannot read has no turn; the handler reports its error afterwards. Thread-safe.
 */
public final class TurnContext implements CallContext {

    private final Supplier<Turn> computation;
    private Optional<Turn> turn;

    private TurnContext(Supplier<Turn> computation) {
        this.computation = computation;
    }

    /** A context that works the turn out when first asked. */
    public static TurnContext of(Supplier<Turn> computation) {
        return new TurnContext(computation);
    }

    /** The turn, or empty when the request cannot be read as one. */
    public synchronized Optional<Turn> turn() {
        if (turn == null) {
            try {
                turn = Optional.ofNullable(computation.get());
            } catch (RuntimeException unreadable) {
                turn = Optional.empty();
            }
        }
        return turn;
    }
}
