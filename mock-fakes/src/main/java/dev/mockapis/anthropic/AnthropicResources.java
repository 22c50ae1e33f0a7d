package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.RouteTable;
import dev.mockapis.core.internal.IdSequence;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * The Anthropic API beyond the model turn: the models catalog and Message Batches. Each
 * operation is named after the Java SDK's service path ({@code client.models().list()} is
 * {@code models.list}).
 */
final class AnthropicResources {

    static final String MODELS_LIST = "models.list";
    static final String MODELS_RETRIEVE = "models.retrieve";

    static final String BATCHES_CREATE = "messages.batches.create";
    static final String BATCHES_LIST = "messages.batches.list";
    static final String BATCHES_RETRIEVE = "messages.batches.retrieve";
    static final String BATCHES_CANCEL = "messages.batches.cancel";
    static final String BATCHES_DELETE = "messages.batches.delete";
    static final String BATCHES_RESULTS = "messages.batches.results";

    private final AnthropicModels models;
    private final MessageBatches batches;
    private final Map<String, Function<ApiCall, FakeResponse>> handlers;

    /**
     * Resources with no state.
     *
     * @param models the models served and accepted
     * @param answer answers a batch request's {@code params} as {@code messages.create} does by default
     */
    AnthropicResources(IdSequence ids, Clock clock, AnthropicModels models, Function<JsonNode, ObjectNode> answer) {
        this.models = models;
        this.batches = new MessageBatches(ids, clock, answer);
        this.handlers = Map.of(
                MODELS_LIST,
                models::list,
                MODELS_RETRIEVE,
                models::retrieve,
                BATCHES_CREATE,
                batches::create,
                BATCHES_LIST,
                batches::list,
                BATCHES_RETRIEVE,
                batches::retrieve,
                BATCHES_CANCEL,
                batches::cancel,
                BATCHES_DELETE,
                batches::delete,
                BATCHES_RESULTS,
                batches::results);
    }

    /** Adds the routes, after the Messages API's own. */
    static RouteTable.Builder routes(RouteTable.Builder table) {
        return table.route("POST", "/v1/messages/batches", BATCHES_CREATE)
                .route("GET", "/v1/messages/batches", BATCHES_LIST)
                .route("GET", "/v1/messages/batches/{message_batch_id}/results", BATCHES_RESULTS)
                .route("POST", "/v1/messages/batches/{message_batch_id}/cancel", BATCHES_CANCEL)
                .route("GET", "/v1/messages/batches/{message_batch_id}", BATCHES_RETRIEVE)
                .route("DELETE", "/v1/messages/batches/{message_batch_id}", BATCHES_DELETE)
                .route("GET", "/v1/models", MODELS_LIST)
                .route("GET", "/v1/models/{model_id}", MODELS_RETRIEVE);
    }

    boolean handles(String operationId) {
        return handlers.containsKey(operationId);
    }

    /**
     * Answers a call to one of these operations.
     *
     * @throws IllegalArgumentException for a {@code Reply} directive, which only steers model turns
     */
    FakeResponse handle(ApiCall call, Directive directive) {
        if (directive != null) {
            throw new IllegalArgumentException("A Reply only steers model turns (" + AnthropicFake.CREATE + "); script "
                    + call.operationId() + " with respond(...) or fail(...) instead");
        }
        return handlers.get(call.operationId()).apply(call);
    }

    /** Forgets every resource created. */
    void reset() {
        batches.reset();
    }
}
