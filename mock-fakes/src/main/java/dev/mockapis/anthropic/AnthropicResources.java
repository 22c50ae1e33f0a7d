package dev.mockapis.anthropic;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.RouteTable;
import java.util.Map;
import java.util.function.Function;

/**
 * The Anthropic API beyond the model turn: the models catalog, with more resources to come. Each
 * operation is named after the Java SDK's service path ({@code client.models().list()} is
 * {@code models.list}).
 */
final class AnthropicResources {

    static final String MODELS_LIST = "models.list";
    static final String MODELS_RETRIEVE = "models.retrieve";

    private final AnthropicModels models = new AnthropicModels();
    private final Map<String, Function<ApiCall, FakeResponse>> handlers =
            Map.of(MODELS_LIST, models::list, MODELS_RETRIEVE, models::retrieve);

    /** Adds the routes, after the Messages API's own. */
    static RouteTable.Builder routes(RouteTable.Builder table) {
        return table.route("GET", "/v1/models", MODELS_LIST).route("GET", "/v1/models/{model_id}", MODELS_RETRIEVE);
    }

    boolean handles(String operationId) {
        return handlers.containsKey(operationId);
    }

    /**
     * Answers a call to one of these operations.
     *
     * @throws IllegalArgumentException for a {@code Reply} directive, which only steers model turns
     */
    FakeResponse handle(ApiCall call, Object directive) {
        if (directive != null) {
            throw new IllegalArgumentException("A Reply only steers model turns (" + AnthropicFake.CREATE + "); script "
                    + call.operationId() + " with respond(...) or fail(...) instead");
        }
        return handlers.get(call.operationId()).apply(call);
    }

    /** Forgets every resource created. */
    void reset() {}
}
