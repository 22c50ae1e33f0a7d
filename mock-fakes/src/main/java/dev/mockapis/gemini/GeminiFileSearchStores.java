package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.core.internal.TermSearch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code file_search_stores.*} and their documents: stores created empty, documents uploaded with the
 * resumable protocol ({@code uploadToFileSearchStore}) or imported from the Files API ({@code importFile}),
 * each through a long-running operation that is {@code done} on its first {@code operations.get}; until then
 * the document is {@code STATE_PENDING} and not searched, then {@code STATE_ACTIVE}. A text document is cut
 * into chunks ({@code chunkingConfig.whiteSpaceConfig}, 200 tokens overlapping by 20 unless it says otherwise)
 * that the {@code fileSearch} tool searches by {@link TermSearch term matching}. Stores live until deleted, as
 * on the API. Thread-safe.
 */
final class GeminiFileSearchStores {

    private static final int MAX_PAGE_SIZE = 20;
    private static final int DEFAULT_PAGE_SIZE = 10;
    private static final int DEFAULT_CHUNK_TOKENS = 200;
    private static final int DEFAULT_OVERLAP_TOKENS = 20;
    private static final String ID_CHARS = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final String RESPONSE_TYPES = "type.googleapis.com/google.ai.generativelanguage.v1main.";

    /** A document of a store: its chunks are searched once it is active. */
    private static final class Document {
        final String name;
        final String displayName;
        final String mimeType;
        final long sizeBytes;
        final @Nullable JsonNode customMetadata;
        final Instant createTime;
        final List<String> chunks;
        Instant updateTime;
        boolean active;

        Document(
                String name,
                String displayName,
                String mimeType,
                long sizeBytes,
                @Nullable JsonNode customMetadata,
                Instant createTime,
                List<String> chunks) {
            this.name = name;
            this.displayName = displayName;
            this.mimeType = mimeType;
            this.sizeBytes = sizeBytes;
            this.customMetadata = customMetadata;
            this.createTime = createTime;
            this.updateTime = createTime;
            this.chunks = chunks;
        }

        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("name", name);
            if (!displayName.isEmpty()) {
                json.put("displayName", displayName);
            }
            if (customMetadata != null) {
                json.set("customMetadata", customMetadata.deepCopy());
            }
            json.put("createTime", createTime.toString());
            json.put("updateTime", updateTime.toString());
            json.put("state", active ? "STATE_ACTIVE" : "STATE_PENDING");
            json.put("sizeBytes", String.valueOf(sizeBytes));
            json.put("mimeType", mimeType);
            return json;
        }
    }

    private static final class Store {
        final String name;
        final String displayName;
        final String embeddingModel;
        final Instant createTime;
        final Map<String, Document> documents = new LinkedHashMap<>();
        Instant updateTime;

        Store(String name, String displayName, String embeddingModel, Instant createTime) {
            this.name = name;
            this.displayName = displayName;
            this.embeddingModel = embeddingModel;
            this.createTime = createTime;
            this.updateTime = createTime;
        }

        /** Counts and sizes as proto3 JSON prints them: int64 as strings, zeros left out. */
        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("name", name);
            if (!displayName.isEmpty()) {
                json.put("displayName", displayName);
            }
            json.put("createTime", createTime.toString());
            json.put("updateTime", updateTime.toString());
            long active = documents.values().stream().filter(d -> d.active).count();
            long pending = documents.size() - active;
            long size = documents.values().stream().mapToLong(d -> d.sizeBytes).sum();
            putCount(json, "activeDocumentsCount", active);
            putCount(json, "pendingDocumentsCount", pending);
            putCount(json, "sizeBytes", size);
            if (!embeddingModel.isEmpty()) {
                json.put("embeddingModel", embeddingModel);
            }
            return json;
        }

        private static void putCount(ObjectNode json, String field, long count) {
            if (count > 0) {
                json.put(field, String.valueOf(count));
            }
        }
    }

    /** The long-running operation that puts a document into a store. */
    private static final class Operation {
        final String name;
        final Store store;
        final Document document;
        final boolean upload;
        boolean done;

        Operation(String name, Store store, Document document, boolean upload) {
            this.name = name;
            this.store = store;
            this.document = document;
            this.upload = upload;
        }

        /**
         * The operation's result. An upload's names the store and document in full, with the document's type
         * and size; an import's gives the bare ids, as the API answers.
         */
        ObjectNode response() {
            ObjectNode response = JsonSupport.object();
            if (upload) {
                response.put("@type", RESPONSE_TYPES + "UploadToFileSearchStoreResponse");
                response.put("parent", store.name);
                response.put("documentName", document.name);
                response.put("mimeType", document.mimeType);
                response.put("sizeBytes", String.valueOf(document.sizeBytes));
            } else {
                response.put("@type", RESPONSE_TYPES + "ImportFileResponse");
                response.put("parent", bareId(store.name));
                response.put("documentName", bareId(document.name));
            }
            return response;
        }
    }

    /**
     * A chunk of an active document, as the search finds it.
     *
     * @param store the store's name
     * @param title the document's display name, or its id when it has none
     * @param customMetadata the document's custom metadata, or {@code null}
     */
    record Passage(String store, String title, @Nullable JsonNode customMetadata, String text) {}

    private final IdSequence ids;
    private final Clock clock;
    private final GeminiFiles files;
    private final ResumableUploads uploads;
    private final Map<String, Store> stores = new LinkedHashMap<>();
    private final Map<String, Operation> operations = new LinkedHashMap<>();

    GeminiFileSearchStores(Clock clock, GeminiFiles files, IdSequence ids) {
        this.ids = ids;
        this.uploads = new ResumableUploads(ids);
        this.clock = clock;
        this.files = files;
    }

    /** An empty store named after its display name, with a 12-character random suffix. */
    synchronized FakeResponse create(ApiCall call) {
        JsonNode body = call.request().hasBody() ? call.request().json(JsonNode.class) : JsonSupport.object();
        String displayName = body.path("displayName").asText("");
        if (displayName.length() > 512) {
            throw invalid("display_name must be no more than 512 characters, got " + displayName.length() + ".");
        }
        String slug = displayName
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > 27) {
            slug = slug.substring(0, 27).replaceAll("-+$", "");
        }
        String suffix = ids.next("", ID_CHARS, 12);
        String name = "fileSearchStores/" + (slug.isEmpty() ? suffix : slug + "-" + suffix);
        Store store = new Store(name, displayName, body.path("embeddingModel").asText(""), clock.instant());
        stores.put(name, store);
        return FakeResponse.json(200, store.json());
    }

    synchronized FakeResponse get(ApiCall call) {
        return FakeResponse.json(200, store(call).json());
    }

    /** Oldest first, as the API sorts them by create time; 10 a page unless asked, at most 20. */
    synchronized FakeResponse list(ApiCall call) {
        List<Store> all = new ArrayList<>(stores.values());
        return page(call, "fileSearchStores", all.stream().map(Store::json).toList());
    }

    /** A store holding documents goes only with {@code force=true}, as on the API. */
    synchronized FakeResponse delete(ApiCall call) {
        Store store = store(call);
        if (!store.documents.isEmpty() && !forced(call)) {
            throw new ProviderErrorException(GeminiErrors.error(
                    400,
                    "FAILED_PRECONDITION",
                    "FileSearchStore " + store.name + " contains Documents; delete it with force=true to delete them "
                            + "too."));
        }
        stores.remove(store.name);
        operations.values().removeIf(operation -> operation.store == store);
        return FakeResponse.json(200, JsonSupport.object());
    }

    /** Both halves of the resumable protocol come to the same route; the command header tells them apart. */
    FakeResponse upload(ApiCall call) {
        FakeRequest request = call.request();
        if (ResumableUploads.starts(request)) {
            ResumableUploads.checkProtocol(request);
            synchronized (this) {
                store(call);
            }
            JsonNode metadata = request.hasBody() ? request.json(JsonNode.class) : JsonSupport.object();
            return uploads.start(request, metadata.isObject() ? metadata : JsonSupport.object());
        }
        return uploads.chunk(request)
                .map(finished -> {
                    synchronized (this) {
                        Store store = store(call);
                        String displayName =
                                finished.metadata().path("displayName").asText(finished.fileName());
                        String mimeType =
                                finished.mimeType().isBlank() ? inferredType(finished.content()) : finished.mimeType();
                        Operation operation =
                                add(store, displayName, mimeType, finished.content(), finished.metadata(), true);
                        ObjectNode answer = JsonSupport.object();
                        answer.put("name", operation.name);
                        answer.set("response", operation.response());
                        return ResumableUploads.finished(answer);
                    }
                })
                .orElseGet(ResumableUploads::active);
    }

    /** A file of the Files API copied into the store as a document. */
    synchronized FakeResponse importFile(ApiCall call) {
        Store store = store(call);
        JsonNode body = call.request().hasBody() ? call.request().json(JsonNode.class) : JsonSupport.object();
        String fileName = body.path("fileName").asText("");
        if (fileName.isBlank()) {
            throw invalid("* ImportFileRequest.file_name: file_name is not specified");
        }
        GeminiFiles.StoredContent file = files.content(fileName);
        Operation operation = add(store, file.displayName(), file.mimeType(), file.content(), body, false);
        return FakeResponse.json(200, JsonSupport.object().put("name", operation.name));
    }

    /** An upload's or import's operation: {@code done} from its first poll on, its document active from then. */
    synchronized FakeResponse operation(ApiCall call) {
        String store = "fileSearchStores/" + call.pathVariable("store").orElseThrow();
        String kind = call.request().path().contains("/upload/operations/") ? "/upload/operations/" : "/operations/";
        Operation operation =
                operations.get(store + kind + call.pathVariable("operation").orElseThrow());
        if (operation == null) {
            throw notFound();
        }
        if (!operation.done) {
            operation.done = true;
            operation.document.active = true;
            operation.document.updateTime = clock.instant();
            operation.store.updateTime = operation.document.updateTime;
        }
        ObjectNode json = JsonSupport.object();
        json.put("name", operation.name);
        json.put("done", true);
        json.set("response", operation.response());
        return FakeResponse.json(200, json);
    }

    synchronized FakeResponse listDocuments(ApiCall call) {
        Store store = store(call);
        return page(
                call,
                "documents",
                store.documents.values().stream().map(Document::json).toList());
    }

    synchronized FakeResponse getDocument(ApiCall call) {
        return FakeResponse.json(200, document(call).json());
    }

    /** A document with chunks goes only with {@code force=true}, as on the API. */
    synchronized FakeResponse deleteDocument(ApiCall call) {
        Document document = document(call);
        if (!document.chunks.isEmpty() && !forced(call)) {
            throw new ProviderErrorException(GeminiErrors.error(
                    400,
                    "FAILED_PRECONDITION",
                    "Document " + document.name + " contains Chunks; delete it with force=true to delete them too."));
        }
        Store store = store(call);
        store.documents.remove(document.name);
        store.updateTime = clock.instant();
        operations.values().removeIf(operation -> operation.document == document);
        return FakeResponse.json(200, JsonSupport.object());
    }

    /**
     * The chunks of the named stores' active documents that pass the metadata filter.
     *
     * @throws ProviderErrorException with Google's 404 for a store the fake does not have
     */
    synchronized List<Passage> passages(List<String> storeNames, MetadataFilter filter) {
        List<Passage> passages = new ArrayList<>();
        for (String name : storeNames) {
            Store store = stores.get(name);
            if (store == null) {
                throw notFound();
            }
            for (Document document : store.documents.values()) {
                if (document.active && filter.passes(document.customMetadata)) {
                    String title = document.displayName.isEmpty() ? bareId(document.name) : document.displayName;
                    document.chunks.forEach(
                            chunk -> passages.add(new Passage(store.name, title, document.customMetadata, chunk)));
                }
            }
        }
        return passages;
    }

    synchronized void reset() {
        stores.clear();
        operations.clear();
        uploads.reset();
        ids.reset();
    }

    private Operation add(
            Store store, String displayName, String mimeType, byte[] content, JsonNode options, boolean upload) {
        String id = ids.next("", ID_CHARS, 12) + "-" + ids.next("", ID_CHARS, 12);
        JsonNode metadata = options.get("customMetadata");
        Document document = new Document(
                store.name + "/documents/" + id,
                displayName,
                mimeType,
                content.length,
                metadata != null && metadata.isArray() && !metadata.isEmpty() ? metadata.deepCopy() : null,
                clock.instant(),
                chunks(text(mimeType, content), options.path("chunkingConfig").path("whiteSpaceConfig")));
        store.documents.put(document.name, document);
        store.updateTime = document.createTime;
        Operation operation = new Operation(
                store.name + (upload ? "/upload/operations/" : "/operations/") + id, store, document, upload);
        operations.put(operation.name, operation);
        return operation;
    }

    private static List<String> chunks(@Nullable String text, JsonNode whiteSpace) {
        if (text == null) {
            return List.of();
        }
        int maxTokens = whiteSpace.path("maxTokensPerChunk").asInt(DEFAULT_CHUNK_TOKENS);
        int overlap = whiteSpace.path("maxOverlapTokens").asInt(DEFAULT_OVERLAP_TOKENS);
        if (maxTokens < 1 || overlap < 0 || overlap >= maxTokens) {
            throw invalid("chunking_config.white_space_config needs max_tokens_per_chunk of at least 1 and "
                    + "max_overlap_tokens under it, got " + maxTokens + " and " + overlap + ".");
        }
        return TermSearch.chunks(text, maxTokens, overlap);
    }

    /** The content as text when it is text (a text type, JSON, XML, or UTF-8 sent without a type). */
    private static @Nullable String text(String mimeType, byte[] content) {
        String type = mimeType.toLowerCase(Locale.ROOT);
        boolean textual = type.startsWith("text/")
                || type.contains("json")
                || type.contains("xml")
                || type.equals("application/x-yaml");
        return textual ? utf8(content).orElse(null) : null;
    }

    private static String inferredType(byte[] content) {
        return utf8(content).filter(text -> text.indexOf('\0') < 0).isPresent()
                ? "text/plain"
                : "application/octet-stream";
    }

    private static Optional<String> utf8(byte[] content) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private FakeResponse page(ApiCall call, String list, List<ObjectNode> all) {
        int size = GeminiPages.pageSize(call, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE);
        int start = GeminiPages.offset(call, list);
        int end = Math.min(all.size(), start + size);
        ObjectNode page = JsonSupport.object();
        if (start < end) {
            ArrayNode items = page.putArray(list);
            all.subList(start, end).forEach(items::add);
        }
        if (end < all.size()) {
            page.put("nextPageToken", GeminiPages.token(list, end));
        }
        return FakeResponse.json(200, page);
    }

    private Store store(ApiCall call) {
        Store store =
                stores.get("fileSearchStores/" + call.pathVariable("store").orElseThrow());
        if (store == null) {
            throw notFound();
        }
        return store;
    }

    private Document document(ApiCall call) {
        Document document = store(call)
                .documents
                .get("fileSearchStores/"
                        + call.pathVariable("store").orElseThrow() + "/documents/"
                        + call.pathVariable("document").orElseThrow());
        if (document == null) {
            throw notFound();
        }
        return document;
    }

    private static boolean forced(ApiCall call) {
        return call.request()
                .queryParam("force")
                .filter("true"::equalsIgnoreCase)
                .isPresent();
    }

    private static String bareId(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static ProviderErrorException notFound() {
        return new ProviderErrorException(GeminiErrors.error(404, "NOT_FOUND", "Requested entity was not found."));
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(GeminiErrors.invalidArgument(message));
    }
}
