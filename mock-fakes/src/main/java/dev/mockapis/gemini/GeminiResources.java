package dev.mockapis.gemini;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.RouteTable;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * The Gemini API beyond {@code generateContent}: the models catalog, embeddings, token counts and context
 * caches. Each
 * operation is named after google-genai's service path ({@code client.models.list()} is
 * {@code models.list}) and served under {@code /v1beta} and {@code /v1}.
 */
final class GeminiResources {

    static final String MODELS_GET = "models.get";
    static final String MODELS_LIST = "models.list";
    static final String EMBED = "models.embed_content";
    static final String BATCH_EMBED = "models.batch_embed_contents";
    static final String COUNT_TOKENS = "models.count_tokens";

    static final String CACHES_CREATE = "caches.create";
    static final String CACHES_GET = "caches.get";
    static final String CACHES_LIST = "caches.list";
    static final String CACHES_UPDATE = "caches.update";
    static final String CACHES_DELETE = "caches.delete";

    private final GeminiModels models = new GeminiModels();
    private final GeminiEmbeddings embeddings = new GeminiEmbeddings();
    private final GeminiTokenCounts tokenCounts = new GeminiTokenCounts();
    private final GeminiCaches caches;
    private final Map<String, Function<ApiCall, FakeResponse>> handlers;

    /** Resources with no state, living on the fake's clock. */
    GeminiResources(Clock clock) {
        this.caches = new GeminiCaches(clock);
        this.handlers = Map.ofEntries(
                Map.entry(MODELS_GET, models::get),
                Map.entry(MODELS_LIST, models::list),
                Map.entry(EMBED, embeddings::embed),
                Map.entry(BATCH_EMBED, embeddings::batchEmbed),
                Map.entry(COUNT_TOKENS, tokenCounts::count),
                Map.entry(CACHES_CREATE, caches::create),
                Map.entry(CACHES_GET, caches::get),
                Map.entry(CACHES_LIST, caches::list),
                Map.entry(CACHES_UPDATE, caches::update),
                Map.entry(CACHES_DELETE, caches::delete));
    }

    /** The context caches, which {@code generateContent} reads. */
    GeminiCaches caches() {
        return caches;
    }

    /** The models served and accepted. */
    GeminiModels models() {
        return models;
    }

    /** Adds the routes for one API version, after {@code generateContent}'s. */
    static RouteTable.Builder routes(RouteTable.Builder table, String version) {
        return table.route("POST", "/" + version + "/models/{model}:embedContent", EMBED)
                .route("POST", "/" + version + "/models/{model}:batchEmbedContents", BATCH_EMBED)
                .route("POST", "/" + version + "/models/{model}:countTokens", COUNT_TOKENS)
                .route("POST", "/" + version + "/cachedContents", CACHES_CREATE)
                .route("GET", "/" + version + "/cachedContents", CACHES_LIST)
                .route("GET", "/" + version + "/cachedContents/{cache}", CACHES_GET)
                .route("PATCH", "/" + version + "/cachedContents/{cache}", CACHES_UPDATE)
                .route("DELETE", "/" + version + "/cachedContents/{cache}", CACHES_DELETE)
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
    void reset() {
        caches.reset();
    }
}
