package dev.mockapis.gemini;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Gemini API beyond {@code generateContent}: the models catalog, embeddings, token counts, context
 * caches, files, batches, video generation's long-running operations and file search stores. Each
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

    static final String FILES_UPLOAD = "files.upload";
    static final String FILES_GET = "files.get";
    static final String FILES_LIST = "files.list";
    static final String FILES_DELETE = "files.delete";
    static final String FILES_DOWNLOAD = "files.download";

    static final String BATCHES_CREATE = "batches.create";
    static final String BATCHES_GET = "batches.get";
    static final String BATCHES_LIST = "batches.list";
    static final String BATCHES_CANCEL = "batches.cancel";
    static final String BATCHES_DELETE = "batches.delete";

    static final String GENERATE_VIDEOS = "models.generate_videos";
    static final String OPERATIONS_GET = "operations.get";

    static final String STORES_CREATE = "file_search_stores.create";
    static final String STORES_GET = "file_search_stores.get";
    static final String STORES_LIST = "file_search_stores.list";
    static final String STORES_DELETE = "file_search_stores.delete";
    static final String STORES_UPLOAD = "file_search_stores.upload_to_file_search_store";
    static final String STORES_IMPORT = "file_search_stores.import_file";
    static final String DOCUMENTS_LIST = "file_search_stores.documents.list";
    static final String DOCUMENTS_GET = "file_search_stores.documents.get";
    static final String DOCUMENTS_DELETE = "file_search_stores.documents.delete";

    private final GeminiModels models = new GeminiModels();
    private final GeminiEmbeddings embeddings = new GeminiEmbeddings();
    private final GeminiTokenCounts tokenCounts;
    private final GeminiCaches caches;
    private final GeminiFiles files;
    private final GeminiBatches batches;
    private final GeminiVideos videos;
    private final GeminiFileSearchStores fileSearchStores;
    private final Map<String, Function<ApiCall, FakeResponse>> handlers;

    /** Resources with no state, living on the fake's clock and taking their ids from its sequence. */
    GeminiResources(Clock clock, IdSequence ids) {
        this.caches = new GeminiCaches(clock, ids);
        this.files = new GeminiFiles(clock, ids);
        this.batches = new GeminiBatches(clock, files, ids);
        this.videos = new GeminiVideos(files, ids);
        this.tokenCounts = new GeminiTokenCounts(files);
        this.fileSearchStores = new GeminiFileSearchStores(clock, files, ids);
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
                Map.entry(CACHES_DELETE, caches::delete),
                Map.entry(FILES_UPLOAD, files::upload),
                Map.entry(FILES_GET, files::get),
                Map.entry(FILES_LIST, files::list),
                Map.entry(FILES_DELETE, files::delete),
                Map.entry(FILES_DOWNLOAD, files::download),
                Map.entry(BATCHES_CREATE, batches::create),
                Map.entry(BATCHES_GET, batches::get),
                Map.entry(BATCHES_LIST, batches::list),
                Map.entry(BATCHES_CANCEL, batches::cancel),
                Map.entry(BATCHES_DELETE, batches::delete),
                Map.entry(GENERATE_VIDEOS, videos::generate),
                Map.entry(OPERATIONS_GET, this::getOperation),
                Map.entry(STORES_CREATE, fileSearchStores::create),
                Map.entry(STORES_GET, fileSearchStores::get),
                Map.entry(STORES_LIST, fileSearchStores::list),
                Map.entry(STORES_DELETE, fileSearchStores::delete),
                Map.entry(STORES_UPLOAD, fileSearchStores::upload),
                Map.entry(STORES_IMPORT, fileSearchStores::importFile),
                Map.entry(DOCUMENTS_LIST, fileSearchStores::listDocuments),
                Map.entry(DOCUMENTS_GET, fileSearchStores::getDocument),
                Map.entry(DOCUMENTS_DELETE, fileSearchStores::deleteDocument));
    }

    /** The files, which prompts may point at. */
    GeminiFiles files() {
        return files;
    }

    /** The context caches, which {@code generateContent} reads. */
    GeminiCaches caches() {
        return caches;
    }

    /** The file search stores, which the {@code fileSearch} tool searches. */
    GeminiFileSearchStores fileSearchStores() {
        return fileSearchStores;
    }

    /** A video's operation, or a file search store's upload or import. */
    private FakeResponse getOperation(ApiCall call) {
        return call.pathVariable("store").isPresent() ? fileSearchStores.operation(call) : videos.get(call);
    }

    /** The models served and accepted. */
    GeminiModels models() {
        return models;
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
    FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        if (directive != null) {
            throw new IllegalArgumentException(
                    "A Reply only steers model turns (" + GeminiFake.GENERATE + ", " + GeminiFake.STREAM + "); script "
                            + call.operationId() + " with respond(...) or fail(...) instead");
        }
        Function<ApiCall, FakeResponse> handler = Objects.requireNonNull(
                handlers.get(call.operationId()), "the fake asks handles(operationId) before handing a call over");
        return handler.apply(call);
    }

    /** Forgets every resource created. */
    void reset() {
        caches.reset();
        files.reset();
        batches.reset();
        videos.reset();
        fileSearchStores.reset();
    }
}
