package dev.mockapis.openai;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the OpenAI fake attaches to a model-turn call for scenario matchers: the {@link Turn} it is about
 * to answer, worked out from the request and the fake's state on first use. A request the fake cannot
 * read has no turn; the handler reports its error afterwards.
 */
final class TurnContext {

    private final Supplier<Turn> computation;
    private Optional<Turn> turn;

    TurnContext(Supplier<Turn> computation) {
        this.computation = computation;
    }

    synchronized Optional<Turn> turn() {
        if (turn == null) {
            try {
                turn = Optional.ofNullable(computation.get());
            } catch (RuntimeException e) {
                turn = Optional.empty();
            }
        }
        return turn;
    }
}
