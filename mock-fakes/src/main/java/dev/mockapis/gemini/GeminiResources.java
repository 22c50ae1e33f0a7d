package dev.mockapis.gemini;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.RouteTable;
import java.util.Map;
import java.util.function.Function;

/**
 * The Gemini API beyond {@code generateContent}: the models catalog, embeddings and token counts. Each
 * operation is named after google-genai's service path ({@code client.models.list()} is
 * {@code models.list}) and served under {@code /v1beta} and {@code /v1}.
 */
final class GeminiResources {

    static final String MODELS_GET = "models.get";
    static final String MODELS_LIST = "models.list";
    static final String EMBED = "models.embed_content";
    static final String BATCH_EMBED = "models.batch_embed_contents";
    static final String COUNT_TOKENS = "models.count_tokens";

    private final GeminiModels models = new GeminiModels();
    private final GeminiEmbeddings embeddings = new GeminiEmbeddings();
    private final GeminiTokenCounts tokenCounts = new GeminiTokenCounts();
    private final Map<String, Function<ApiCall, FakeResponse>> handlers = Map.of(
            MODELS_GET,
            models::get,
            MODELS_LIST,
            models::list,
            EMBED,
            embeddings::embed,
            BATCH_EMBED,
            embeddings::batchEmbed,
            COUNT_TOKENS,
            tokenCounts::count);

    /** The models served and accepted. */
    GeminiModels models() {
        return models;
    }

    /** Adds the routes for one API version, after {@code generateContent}'s. */
    static RouteTable.Builder routes(RouteTable.Builder table, String version) {
        return table.route("POST", "/" + version + "/models/{model}:embedContent", EMBED)
                .route("POST", "/" + version + "/models/{model}:batchEmbedContents", BATCH_EMBED)
                .route("POST", "/" + version + "/models/{model}:countTokens", COUNT_TOKENS)
                .route("GET", "/" + version + "/models", MODELS_LIST)
                .route("GET", "/" + version + "/models/{model}", MODELS_GET);
    }

    /** {@code v1beta} or {@code v1}, as the call's path says. */
    static String version(ApiCall call) {
        return call.request().path().startsWith("/v1beta/") ? "v1beta" : "v1";
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
            throw new IllegalArgumentException(
                    "A Reply only steers model turns (" + GeminiFake.GENERATE + ", " + GeminiFake.STREAM + "); script "
                            + call.operationId() + " with respond(...) or fail(...) instead");
        }
        return handlers.get(call.operationId()).apply(call);
    }

    /** Forgets every resource created. */
    void reset() {}
}
