package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Optional;

/**
 * {@code models.get} and {@code models.list}: a fixed catalog of Gemini models as the Developer API
 * describes them (name, version, token limits, supported generation methods, sampling defaults),
 * paged by {@code pageSize} (default 50, at most 1000) and an opaque {@code pageToken}. Text models
 * generate content, the embedding model embeds and the Veo models only answer {@code predictLongRunning}.
 */
final class GeminiModels {

    private static final int MAX_PAGE_SIZE = 1000;
    private static final List<String> CHAT_METHODS =
            List.of("generateContent", "countTokens", "createCachedContent", "batchGenerateContent");
    private static final List<String> EMBEDDING_METHODS =
            List.of("embedContent", "countTextTokens", "countTokens", "asyncBatchEmbedContent");
    private static final List<String> VIDEO_METHODS = List.of("predictLongRunning");

    /** What a model does, which decides the methods it supports. */
    enum Kind {
        TEXT,
        EMBEDDING,
        VIDEO
    }

    /**
     * A model of the catalog.
     *
     * @param id the model id, without {@code models/}
     * @param embeddingDimensions the size of its embeddings, 0 for a model that does not embed
     * @param kind what the model does
     */
    record Model(
            String id,
            String version,
            String displayName,
            String description,
            int inputTokenLimit,
            int outputTokenLimit,
            int topK,
            boolean thinking,
            int embeddingDimensions,
            Kind kind) {

        Model(
                String id,
                String version,
                String displayName,
                String description,
                int inputTokenLimit,
                int outputTokenLimit,
                int topK,
                boolean thinking,
                int embeddingDimensions) {
            this(
                    id,
                    version,
                    displayName,
                    description,
                    inputTokenLimit,
                    outputTokenLimit,
                    topK,
                    thinking,
                    embeddingDimensions,
                    embeddingDimensions > 0 ? Kind.EMBEDDING : Kind.TEXT);
        }

        boolean embeds() {
            return kind == Kind.EMBEDDING;
        }

        /** Whether the model answers {@code generateContent} (and so counts tokens, caches and batches). */
        boolean generates() {
            return kind == Kind.TEXT;
        }

        /** Whether the model answers {@code predictLongRunning} with videos. */
        boolean makesVideos() {
            return kind == Kind.VIDEO;
        }

        private List<String> methods() {
            return switch (kind) {
                case TEXT -> CHAT_METHODS;
                case EMBEDDING -> EMBEDDING_METHODS;
                case VIDEO -> VIDEO_METHODS;
            };
        }

        ObjectNode json() {
            ObjectNode model = JsonSupport.object();
            model.put("name", "models/" + id);
            model.put("version", version);
            model.put("displayName", displayName);
            model.put("description", description);
            model.put("inputTokenLimit", inputTokenLimit);
            model.put("outputTokenLimit", outputTokenLimit);
            ArrayNode methods = model.putArray("supportedGenerationMethods");
            methods().forEach(methods::add);
            if (generates()) {
                model.put("temperature", 1);
                model.put("topP", 0.95);
                model.put("topK", topK);
                model.put("maxTemperature", 2);
            }
            if (thinking) {
                model.put("thinking", true);
            }
            return model;
        }
    }

    /**
     * A text model of the current generations: the ids google-genai 1.70 names in its {@code Model} enum,
     * with the 1,048,576-token context and 65,536-token output every Gemini 2.5 and 3 text model has.
     */
    private static Model thinkingModel(String id, String version, String displayName) {
        return new Model(id, version, displayName, displayName, 1_048_576, 65_536, 64, true, 0);
    }

    /**
     * A Veo model as the Developer API lists it: a 480-token prompt limit, no sampling defaults, and
     * {@code predictLongRunning} as its only method (which google-genai reads as its supported actions).
     */
    private static Model videoModel(String id, String version, String displayName, String description) {
        return new Model(id, version, displayName, description, 480, 8_192, 0, false, 0, Kind.VIDEO);
    }

    static final List<Model> CATALOG = List.of(
            new Model(
                    "gemini-2.5-flash",
                    "001",
                    "Gemini 2.5 Flash",
                    "Stable version of Gemini 2.5 Flash, our mid-size multimodal model that supports up to 1 million "
                            + "tokens, released in June of 2025.",
                    1_048_576,
                    65_536,
                    64,
                    true,
                    0),
            new Model(
                    "gemini-2.5-pro",
                    "2.5",
                    "Gemini 2.5 Pro",
                    "Stable release (June 17th, 2025) of Gemini 2.5 Pro",
                    1_048_576,
                    65_536,
                    64,
                    true,
                    0),
            thinkingModel("gemini-2.5-flash-lite", "2.5", "Gemini 2.5 Flash-Lite"),
            thinkingModel("gemini-3-flash-preview", "3.0", "Gemini 3 Flash Preview"),
            thinkingModel("gemini-3.1-pro-preview", "3.1", "Gemini 3.1 Pro Preview"),
            thinkingModel("gemini-3.1-pro-preview-customtools", "3.1", "Gemini 3.1 Pro Preview Custom Tools"),
            thinkingModel("gemini-3.1-flash-lite", "3.1", "Gemini 3.1 Flash-Lite"),
            thinkingModel("gemini-3.5-flash", "3.5", "Gemini 3.5 Flash"),
            thinkingModel("gemini-3.6-flash", "3.6", "Gemini 3.6 Flash"),
            thinkingModel("gemini-3.7-flash", "3.7", "Gemini 3.7 Flash"),
            thinkingModel("gemini-3.8-flash", "3.8", "Gemini 3.8 Flash"),
            thinkingModel("gemini-flash-latest", "latest", "Gemini Flash Latest"),
            thinkingModel("gemini-flash-lite-latest", "latest", "Gemini Flash-Lite Latest"),
            thinkingModel("gemini-pro-latest", "latest", "Gemini Pro Latest"),
            new Model(
                    "gemini-2.0-flash", "2.0", "Gemini 2.0 Flash", "Gemini 2.0 Flash", 1_048_576, 8_192, 40, false, 0),
            new Model(
                    "gemini-2.0-flash-001",
                    "2.0",
                    "Gemini 2.0 Flash 001",
                    "Stable version of Gemini 2.0 Flash, our fast and versatile multimodal model for scaling across "
                            + "diverse tasks, released in January of 2025.",
                    1_048_576,
                    8_192,
                    40,
                    false,
                    0),
            new Model(
                    "gemini-embedding-001",
                    "001",
                    "Gemini Embedding 001",
                    "Obtain a distributed representation of a text.",
                    2_048,
                    1,
                    0,
                    false,
                    3_072),
            videoModel(
                    "veo-2.0-generate-001",
                    "2.0",
                    "Veo 2",
                    "Vertex served Veo 2 model. Access to this model requires billing to be enabled on the associated "
                            + "Google Cloud Platform account. Please visit https://console.cloud.google.com/billing to "
                            + "enable it."),
            videoModel("veo-3.0-generate-001", "3.0", "Veo 3", "Veo 3"),
            videoModel("veo-3.0-fast-generate-001", "3.0", "Veo 3 fast", "Veo 3 fast"),
            videoModel("veo-3.1-generate-preview", "3.1", "Veo 3.1", "Veo 3.1"),
            videoModel("veo-3.1-fast-generate-preview", "3.1", "Veo 3.1 fast", "Veo 3.1 fast"));

    private final List<Model> added = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Accepts and lists these ids too (with or without {@code models/}), each described as Gemini 2.5
     * Flash is (limits, sampling defaults, thinking) under its own name; they generate content, not embeddings.
     */
    void add(java.util.Collection<String> ids) {
        Model template = CATALOG.get(0);
        for (String id : ids) {
            String bare = bare(id.trim());
            if (!bare.isEmpty() && servedModel(bare).isEmpty()) {
                added.add(new Model(
                        bare,
                        template.version(),
                        bare,
                        bare,
                        template.inputTokenLimit(),
                        template.outputTokenLimit(),
                        template.topK(),
                        template.thinking(),
                        0));
            }
        }
    }

    /** A catalog or added model of an id, with or without {@code models/}. */
    Optional<Model> servedModel(String id) {
        String bare = bare(id);
        return find(bare)
                .or(() ->
                        added.stream().filter(model -> model.id().equals(bare)).findFirst());
    }

    /**
     * Gemini's 404 for {@code generateContent} on a model it does not serve, as for {@code GetModel} and
     * {@code embedContent}.
     */
    Optional<ProviderError> refusal(ApiCall call) {
        String id = call.pathVariable("model").orElse("");
        if (servedModel(id).filter(Model::generates).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(GeminiErrors.error(
                404,
                "NOT_FOUND",
                "models/" + bare(id) + " is not found for API version " + GeminiResources.version(call)
                        + ", or is not supported for generateContent. Call ListModels to see the list of available "
                        + "models and their supported methods."));
    }

    private static String bare(String id) {
        return id.startsWith("models/") ? id.substring("models/".length()) : id;
    }

    /** The catalog's model of an id, with or without {@code models/}. */
    static Optional<Model> find(String id) {
        String bare = id.startsWith("models/") ? id.substring("models/".length()) : id;
        return CATALOG.stream().filter(model -> model.id().equals(bare)).findFirst();
    }

    FakeResponse get(ApiCall call) {
        String id = call.pathVariable("model").orElseThrow();
        Model model = servedModel(id)
                .orElseThrow(() -> new ProviderErrorException(GeminiErrors.error(
                        404,
                        "NOT_FOUND",
                        "models/" + id + " is not found for API version " + GeminiResources.version(call)
                                + ", or is not supported for GetModel. Call ListModels to see the list of available models "
                                + "and their supported methods.")));
        return FakeResponse.json(200, model.json());
    }

    FakeResponse list(ApiCall call) {
        int pageSize = GeminiPages.pageSize(call, MAX_PAGE_SIZE);
        int start = GeminiPages.offset(call, "models");
        List<Model> all = new java.util.ArrayList<>(CATALOG);
        all.addAll(added);
        int end = Math.min(all.size(), start + pageSize);
        ObjectNode page = JsonSupport.object();
        ArrayNode models = page.putArray("models");
        all.subList(Math.min(start, end), end).forEach(model -> models.add(model.json()));
        if (end < all.size()) {
            page.put("nextPageToken", GeminiPages.token("models", end));
        }
        return FakeResponse.json(200, page);
    }
}
