package dev.mockapis.openai;

import java.time.Clock;
import java.util.function.BiConsumer;

/**
 * The OpenAI endpoints beyond the model-turn APIs (moderations, files, batches, audio, images...): their
 * routes, handlers and state, kept apart from the chat-shaped core of the fake.
 */
final class Endpoints {

    /** Method, path (without {@code /v1}) and operation id, as in {@link OpenAiRoutes}. */
    static final String[][] ROUTES = {
        {"POST", "/moderations", "moderations.create"},
    };

    private final Moderations moderations;

    Endpoints(IdGenerator ids, Clock clock) {
        this.moderations = new Moderations(ids);
    }

    void register(BiConsumer<String, OpenAiOperations.Handler> handlers) {
        handlers.accept("moderations.create", moderations::create);
    }

    /** Forgets every stored object, as after a test. */
    void reset() {}
}
