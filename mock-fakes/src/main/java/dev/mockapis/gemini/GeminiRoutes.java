package dev.mockapis.gemini;

import dev.mockapis.core.RouteTable;

/**
 * Gemini's routes, each naming the operation after google-genai's service path and served under
 * {@code /v1beta} and {@code /v1}: {@code generateContent} and its stream first, then the resources around
 * them ({@link GeminiResources}).
 */
final class GeminiRoutes {

    private static final String[] VERSIONS = {"v1beta", "v1"};

    /** Method, a prefix before the version (uploads have one), the path after it, the operation. */
    private static final String[][] RESOURCES = {
        {"POST", "", "/models/{model}:embedContent", GeminiResources.EMBED},
        {"POST", "", "/models/{model}:batchEmbedContents", GeminiResources.BATCH_EMBED},
        {"POST", "", "/models/{model}:countTokens", GeminiResources.COUNT_TOKENS},
        {"POST", "", "/cachedContents", GeminiResources.CACHES_CREATE},
        {"GET", "", "/cachedContents", GeminiResources.CACHES_LIST},
        {"GET", "", "/cachedContents/{cache}", GeminiResources.CACHES_GET},
        {"PATCH", "", "/cachedContents/{cache}", GeminiResources.CACHES_UPDATE},
        {"DELETE", "", "/cachedContents/{cache}", GeminiResources.CACHES_DELETE},
        {"POST", "/upload", "/files", GeminiResources.FILES_UPLOAD},
        {"GET", "", "/files", GeminiResources.FILES_LIST},
        {"GET", "", "/files/{file}:download", GeminiResources.FILES_DOWNLOAD},
        {"GET", "", "/files/{file}", GeminiResources.FILES_GET},
        {"DELETE", "", "/files/{file}", GeminiResources.FILES_DELETE},
        {"POST", "", "/models/{model}:batchGenerateContent", GeminiResources.BATCHES_CREATE},
        {"GET", "", "/batches", GeminiResources.BATCHES_LIST},
        {"POST", "", "/batches/{batch}:cancel", GeminiResources.BATCHES_CANCEL},
        {"GET", "", "/batches/{batch}", GeminiResources.BATCHES_GET},
        {"DELETE", "", "/batches/{batch}", GeminiResources.BATCHES_DELETE},
        {"POST", "", "/models/{model}:predictLongRunning", GeminiResources.GENERATE_VIDEOS},
        {"GET", "", "/models/{model}/operations/{operation}", GeminiResources.OPERATIONS_GET},
        {"GET", "", "/models", GeminiResources.MODELS_LIST},
        {"GET", "", "/models/{model}", GeminiResources.MODELS_GET},
    };

    private GeminiRoutes() {}

    static RouteTable table() {
        RouteTable.Builder table = RouteTable.builder();
        for (String version : VERSIONS) {
            table.route("POST", "/" + version + "/models/{model}:generateContent", GeminiFake.GENERATE)
                    .route("POST", "/" + version + "/models/{model}:streamGenerateContent", GeminiFake.STREAM);
        }
        for (String version : VERSIONS) {
            if (version.equals("v1beta")) {
                fileSearchStores(table);
            }
            for (String[] route : RESOURCES) {
                table.route(route[0], route[1] + "/" + version + route[2], route[3]);
            }
        }
        return table.build();
    }

    /** File search stores, served under {@code v1beta} only, as google-genai calls them. */
    private static void fileSearchStores(RouteTable.Builder table) {
        String stores = "/v1beta/fileSearchStores";
        table.route("POST", stores, GeminiResources.STORES_CREATE)
                .route("GET", stores, GeminiResources.STORES_LIST)
                .route("POST", "/upload" + stores + "/{store}:uploadToFileSearchStore", GeminiResources.STORES_UPLOAD)
                .route("POST", stores + "/{store}:importFile", GeminiResources.STORES_IMPORT)
                .route("GET", stores + "/{store}/operations/{operation}", GeminiResources.OPERATIONS_GET)
                .route("GET", stores + "/{store}/upload/operations/{operation}", GeminiResources.OPERATIONS_GET)
                .route("GET", stores + "/{store}/documents", GeminiResources.DOCUMENTS_LIST)
                .route("GET", stores + "/{store}/documents/{document}", GeminiResources.DOCUMENTS_GET)
                .route("DELETE", stores + "/{store}/documents/{document}", GeminiResources.DOCUMENTS_DELETE)
                .route("GET", stores + "/{store}", GeminiResources.STORES_GET)
                .route("DELETE", stores + "/{store}", GeminiResources.STORES_DELETE);
    }
}
