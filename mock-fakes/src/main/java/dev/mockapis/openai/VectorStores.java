package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code vector_stores.*}: stores, the files attached to them and file batches, over the files of
 * {@link FileStore}. An attached file is {@code in_progress}; the next call that reads its store (retrieve, a
 * list, a search, its batch) finds it {@code completed}, or {@code failed} with {@code unsupported_file} when
 * its extension is not one file search reads. Files are read as UTF-8 text and searched by {@link VectorSearch}.
 * Thread-safe: every operation holds this object's lock.
 */
final class VectorStores {

    /** The extensions OpenAI's file search reads. */
    static final List<String> SEARCHABLE = List.of(
            "c", "cpp", "cs", "css", "doc", "docx", "go", "html", "java", "js", "json", "md", "pdf", "php", "pptx",
            "py", "rb", "sh", "tex", "ts", "txt");

    private static final List<String> FILE_STATUSES = List.of("in_progress", "completed", "failed", "cancelled");
    private static final long DAY = 24 * 3600;

    private final IdGenerator ids;
    private final Clock clock;
    private final FileStore fileStore;
    private final Map<String, Store> stores = new LinkedHashMap<>();
    private final Map<String, Batch> batches = new LinkedHashMap<>();

    private static final class Store {
        final ObjectNode json;
        final Map<String, StoreFile> files = new LinkedHashMap<>();

        Store(ObjectNode json) {
            this.json = json;
        }
    }

    private static final class StoreFile {
        final ObjectNode json;
        final List<VectorSearch.Chunk> chunks = new ArrayList<>();
        final String text;

        StoreFile(ObjectNode json, String text) {
            this.json = json;
            this.text = text;
        }

        String status() {
            return json.get("status").asText();
        }
    }

    /** How one file of a batch is attached. */
    private record Attached(ObjectNode chunking, @Nullable JsonNode attributes) {}

    private static final class Batch {
        final ObjectNode json;
        final List<String> fileIds;

        Batch(ObjectNode json, List<String> fileIds) {
            this.json = json;
            this.fileIds = fileIds;
        }
    }

    VectorStores(IdGenerator ids, Clock clock, FileStore fileStore) {
        this.ids = ids;
        this.clock = clock;
        this.fileStore = fileStore;
    }

    synchronized FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        long now = now();
        ObjectNode json = JsonSupport.object();
        json.put("id", ids.next("vs_", IdSequence.HEX, 32));
        json.put("object", "vector_store");
        json.put("created_at", now);
        json.put("name", body.optionalString("name").orElse(""));
        json.put("usage_bytes", 0);
        json.put("status", "completed");
        json.put("last_active_at", now);
        json.set("metadata", body.metadata());
        expiry(json, body.node("expires_after").orElse(null));
        List<String> fileIds = fileIds(body.optionalArray("file_ids").orElse(null), "file_ids", 500);
        ObjectNode chunking = chunking(body.node("chunking_strategy").orElse(null), "chunking_strategy");
        fileIds.forEach(fileStore::get);
        Store store = new Store(json);
        for (String fileId : fileIds) {
            attach(store, fileId, chunking, null);
        }
        stores.put(json.get("id").asText(), store);
        return FakeResponse.json(200, render(store));
    }

    synchronized FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        return FakeResponse.json(200, render(store));
    }

    synchronized FakeResponse update(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        JsonBody body = JsonBody.of(call.request());
        if (body.has("name")) {
            store.json.put("name", body.requiredString("name"));
        }
        if (body.json().has("expires_after")) {
            expiry(store.json, body.node("expires_after").orElse(null));
        }
        if (body.has("metadata")) {
            store.json.set("metadata", body.metadata());
        }
        settle(store);
        return FakeResponse.json(200, render(store));
    }

    synchronized FakeResponse list(ApiCall call, @Nullable Directive directive) {
        List<ObjectNode> all = new ArrayList<>();
        for (Store store : stores.values()) {
            settle(store);
            all.add(render(store));
        }
        return FakeResponse.json(200, ListPage.of(all, call.request(), 20, "desc"));
    }

    synchronized FakeResponse delete(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        stores.remove(store.json.get("id").asText());
        batches.values().removeIf(batch -> batch.json.get("vector_store_id").equals(store.json.get("id")));
        return FakeResponse.json(200, deleted(store.json.get("id").asText(), "vector_store.deleted"));
    }

    synchronized FakeResponse search(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        JsonBody body = JsonBody.of(call.request());
        JsonNode query = body.node("query").orElseThrow(() -> OpenAiErrors.missingParameter("query"));
        List<String> queries = new ArrayList<>();
        if (query.isTextual()) {
            queries.add(query.asText());
        } else if (query.isArray()) {
            for (JsonNode one : query) {
                if (!one.isTextual()) {
                    throw OpenAiErrors.invalidType("query", "a string or an array of strings", "an array");
                }
                queries.add(one.asText());
            }
        } else {
            throw OpenAiErrors.invalidType("query", "a string or an array of strings", JsonBody.typeName(query));
        }
        int limit = body.integer("max_num_results").orElse(10);
        if (limit < 1 || limit > 50) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'max_num_results': expected a value between 1 and 50, but got " + limit + " instead.",
                    "max_num_results",
                    "invalid_value");
        }
        double threshold = body.optionalObject("ranking_options")
                .map(options -> JsonBody.nested(options, "ranking_options")
                        .number("score_threshold")
                        .orElse(0.0))
                .orElse(0.0);
        JsonNode filters = body.node("filters").orElse(null);
        List<VectorSearch.Hit> hits = VectorSearch.search(chunksOf(List.of(store), filters), queries, limit, threshold);
        ObjectNode page = JsonSupport.object();
        page.put("object", "vector_store.search_results.page");
        ArrayNode searched = page.putArray("search_query");
        queries.forEach(searched::add);
        ArrayNode data = page.putArray("data");
        for (VectorSearch.Hit hit : hits) {
            ObjectNode item = data.addObject();
            item.put("file_id", hit.chunk().fileId());
            item.put("filename", hit.chunk().filename());
            item.put("score", hit.score());
            item.set("attributes", hit.chunk().attributes().deepCopy());
            item.putArray("content")
                    .addObject()
                    .put("type", "text")
                    .put("text", hit.chunk().text());
        }
        page.put("has_more", false);
        page.putNull("next_page");
        return FakeResponse.json(200, page);
    }

    /** The chunks of the completed files of these stores (after a read settles them) that pass a filter. */
    synchronized List<VectorSearch.Chunk> index(List<String> storeIds, @Nullable JsonNode filters) {
        List<Store> found = new ArrayList<>();
        for (String id : storeIds) {
            Store store = stores.get(id);
            if (store == null) {
                throw OpenAiErrors.noSuch("vector store", id);
            }
            settle(store);
            found.add(store);
        }
        return chunksOf(found, filters);
    }

    private List<VectorSearch.Chunk> chunksOf(List<Store> found, @Nullable JsonNode filters) {
        List<VectorSearch.Chunk> chunks = new ArrayList<>();
        for (Store store : found) {
            for (StoreFile file : store.files.values()) {
                if (file.status().equals("completed")
                        && VectorSearch.passes(filters, file.json.get("attributes"), "filters")) {
                    chunks.addAll(file.chunks);
                }
            }
        }
        return chunks;
    }

    synchronized FakeResponse createFile(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        JsonBody body = JsonBody.of(call.request());
        String fileId = body.requiredString("file_id");
        fileStore.get(fileId);
        ObjectNode chunking = chunking(body.node("chunking_strategy").orElse(null), "chunking_strategy");
        JsonNode attributes = attributes(body.node("attributes").orElse(null), "attributes");
        StoreFile file = attach(store, fileId, chunking, attributes);
        return FakeResponse.json(200, file.json.deepCopy());
    }

    synchronized FakeResponse retrieveFile(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        return FakeResponse.json(200, file(store, call).json.deepCopy());
    }

    synchronized FakeResponse updateFile(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        StoreFile file = file(store, call);
        JsonBody body = JsonBody.of(call.request());
        if (!body.json().has("attributes")) {
            throw OpenAiErrors.missingParameter("attributes");
        }
        file.json.set("attributes", attributes(body.node("attributes").orElse(null), "attributes"));
        index(file, store);
        return FakeResponse.json(200, file.json.deepCopy());
    }

    synchronized FakeResponse listFiles(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        return FakeResponse.json(200, page(call, store.files.values().stream().toList()));
    }

    synchronized FakeResponse deleteFile(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        StoreFile file = file(store, call);
        String id = file.json.get("id").asText();
        store.files.remove(id);
        return FakeResponse.json(200, deleted(id, "vector_store.file.deleted"));
    }

    synchronized FakeResponse fileContent(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        StoreFile file = file(store, call);
        ObjectNode page = JsonSupport.object();
        page.put("object", "vector_store.file_content.page");
        ArrayNode data = page.putArray("data");
        if (file.status().equals("completed")) {
            data.addObject().put("type", "text").put("text", file.text);
        }
        page.put("has_more", false);
        page.putNull("next_page");
        return FakeResponse.json(200, page);
    }

    synchronized FakeResponse createBatch(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        JsonBody body = JsonBody.of(call.request());
        ArrayNode fileIds = body.optionalArray("file_ids").orElse(null);
        ArrayNode given = body.optionalArray("files").orElse(null);
        if (fileIds != null && given != null) {
            throw OpenAiErrors.badRequest(
                    "'file_ids' and 'files' are mutually exclusive; provide only one.", "files", "invalid_value");
        }
        if (fileIds == null && given == null) {
            throw OpenAiErrors.missingParameter("file_ids");
        }
        Map<String, Attached> wanted = new LinkedHashMap<>();
        if (fileIds != null) {
            ObjectNode chunking = chunking(body.node("chunking_strategy").orElse(null), "chunking_strategy");
            JsonNode attributes = attributes(body.node("attributes").orElse(null), "attributes");
            for (String id : fileIds(fileIds, "file_ids", 2000)) {
                wanted.put(id, new Attached(chunking, attributes));
            }
        } else {
            ArrayNode files = Objects.requireNonNull(given, "either file_ids or files is given, as checked above");
            if (files.isEmpty() || files.size() > 2000) {
                throw OpenAiErrors.badRequest(
                        "Invalid 'files': expected between 1 and 2000 files, but got " + files.size() + ".",
                        "files",
                        "invalid_value");
            }
            for (int i = 0; i < files.size(); i++) {
                JsonBody one = JsonBody.nested(files.get(i), "files[" + i + "]");
                wanted.put(
                        one.requiredString("file_id"),
                        new Attached(
                                chunking(
                                        one.node("chunking_strategy").orElse(null),
                                        "files[" + i + "].chunking_strategy"),
                                attributes(one.node("attributes").orElse(null), "files[" + i + "].attributes")));
            }
        }
        wanted.keySet().forEach(fileStore::get);
        ObjectNode json = JsonSupport.object();
        json.put("id", ids.next("vsfb_", IdSequence.HEX, 32));
        json.put("object", "vector_store.files_batch");
        json.put("created_at", now());
        json.put("vector_store_id", store.json.get("id").asText());
        json.put("status", "in_progress");
        Batch batch = new Batch(json, List.copyOf(wanted.keySet()));
        for (Map.Entry<String, Attached> file : wanted.entrySet()) {
            attach(
                    store,
                    file.getKey(),
                    file.getValue().chunking(),
                    file.getValue().attributes());
        }
        batches.put(json.get("id").asText(), batch);
        return FakeResponse.json(200, render(batch, store));
    }

    synchronized FakeResponse retrieveBatch(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        return FakeResponse.json(200, render(batch(call, store), store));
    }

    synchronized FakeResponse cancelBatch(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        Batch batch = batch(call, store);
        if (batch.json.get("status").asText().equals("in_progress")) {
            for (String id : batch.fileIds) {
                StoreFile file = store.files.get(id);
                if (file != null && file.status().equals("in_progress")) {
                    file.json.put("status", "cancelled");
                }
            }
            batch.json.put("status", "cancelled");
        }
        return FakeResponse.json(200, render(batch, store));
    }

    synchronized FakeResponse listBatchFiles(ApiCall call, @Nullable Directive directive) {
        Store store = store(call);
        settle(store);
        Batch batch = batch(call, store);
        List<StoreFile> files = batch.fileIds.stream()
                .map(store.files::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        return FakeResponse.json(200, page(call, files));
    }

    synchronized void clear() {
        stores.clear();
        batches.clear();
    }

    private StoreFile attach(Store store, String fileId, ObjectNode chunking, @Nullable JsonNode attributes) {
        StoreFile existing = store.files.get(fileId);
        if (existing != null) {
            return existing;
        }
        FileStore.StoredFile stored = fileStore.get(fileId);
        ObjectNode json = JsonSupport.object();
        json.put("id", fileId);
        json.put("object", "vector_store.file");
        json.put("usage_bytes", 0);
        json.put("created_at", now());
        json.put("vector_store_id", store.json.get("id").asText());
        json.put("status", "in_progress");
        json.putNull("last_error");
        json.set("chunking_strategy", chunking.deepCopy());
        json.set("attributes", attributes == null ? JsonSupport.object() : attributes.deepCopy());
        StoreFile file = new StoreFile(json, stored.text());
        store.files.put(fileId, file);
        return file;
    }

    /** One step of processing, as a later look at the real store would find: in-progress files are done. */
    private void settle(Store store) {
        for (StoreFile file : store.files.values()) {
            if (!file.status().equals("in_progress")) {
                continue;
            }
            String filename = fileStore.contains(file.json.get("id").asText())
                    ? fileStore.get(file.json.get("id").asText()).filename()
                    : "";
            String extension = filename.contains(".")
                    ? filename.substring(filename.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)
                    : "";
            if (!SEARCHABLE.contains(extension)) {
                file.json.put("status", "failed");
                ObjectNode error = file.json.putObject("last_error");
                error.put("code", "unsupported_file");
                error.put("message", "The file type is not supported.");
                continue;
            }
            file.json.put("status", "completed");
            file.json.put("usage_bytes", file.text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
            index(file, store);
        }
        for (Batch batch : batches.values()) {
            if (batch.json.get("vector_store_id").equals(store.json.get("id"))
                    && batch.json.get("status").asText().equals("in_progress")) {
                batch.json.put("status", "completed");
            }
        }
        store.json.put("last_active_at", now());
    }

    private void index(StoreFile file, Store store) {
        file.chunks.clear();
        if (!file.status().equals("completed")) {
            return;
        }
        String id = file.json.get("id").asText();
        String filename = fileStore.contains(id) ? fileStore.get(id).filename() : id;
        JsonNode settings = file.json.path("chunking_strategy").path("static");
        for (String chunk : VectorSearch.chunks(
                file.text,
                settings.path("max_chunk_size_tokens").asInt(800),
                settings.path("chunk_overlap_tokens").asInt(400))) {
            file.chunks.add(new VectorSearch.Chunk(id, filename, file.json.get("attributes"), chunk));
        }
    }

    private ObjectNode render(Store store) {
        ObjectNode json = store.json.deepCopy();
        int[] counts = new int[FILE_STATUSES.size()];
        long bytes = 0;
        for (StoreFile file : store.files.values()) {
            counts[FILE_STATUSES.indexOf(file.status())]++;
            bytes += file.json.get("usage_bytes").asLong();
        }
        json.put("usage_bytes", bytes);
        json.set("file_counts", counts(counts, store.files.size()));
        json.put("status", counts[0] > 0 ? "in_progress" : "completed");
        if (json.has("expires_after")) {
            json.put(
                    "expires_at",
                    json.get("last_active_at").asLong()
                            + json.get("expires_after").get("days").asLong() * DAY);
        }
        return json;
    }

    private ObjectNode render(Batch batch, Store store) {
        ObjectNode json = batch.json.deepCopy();
        int[] counts = new int[FILE_STATUSES.size()];
        for (String id : batch.fileIds) {
            StoreFile file = store.files.get(id);
            if (file != null) {
                counts[FILE_STATUSES.indexOf(file.status())]++;
            }
        }
        json.set("file_counts", counts(counts, batch.fileIds.size()));
        return json;
    }

    private static ObjectNode counts(int[] counts, int total) {
        ObjectNode json = JsonSupport.object();
        for (int i = 0; i < FILE_STATUSES.size(); i++) {
            json.put(FILE_STATUSES.get(i), counts[i]);
        }
        json.put("total", total);
        return json;
    }

    private ObjectNode page(ApiCall call, List<StoreFile> files) {
        String filter = call.request().queryParam("filter").orElse(null);
        if (filter != null && !FILE_STATUSES.contains(filter)) {
            throw OpenAiErrors.invalidValue("filter", filter, FILE_STATUSES);
        }
        List<ObjectNode> shown = files.stream()
                .filter(file -> filter == null || file.status().equals(filter))
                .map(file -> file.json.deepCopy())
                .toList();
        return ListPage.of(shown, call.request(), 20, "desc");
    }

    private Store store(ApiCall call) {
        String id = call.pathVariable("vector_store_id").orElseThrow();
        Store store = stores.get(id);
        if (store == null) {
            throw OpenAiErrors.noSuch("vector store", id);
        }
        return store;
    }

    private static StoreFile file(Store store, ApiCall call) {
        String id = call.pathVariable("file_id").orElseThrow();
        StoreFile file = store.files.get(id);
        if (file == null) {
            throw OpenAiErrors.error(
                    404,
                    "No file found with id '" + id + "' in vector store '"
                            + store.json.get("id").asText() + "'.",
                    null,
                    null);
        }
        return file;
    }

    private Batch batch(ApiCall call, Store store) {
        String id = call.pathVariable("batch_id").orElseThrow();
        Batch batch = batches.get(id);
        if (batch == null || !batch.json.get("vector_store_id").equals(store.json.get("id"))) {
            throw OpenAiErrors.noSuch("file batch", id);
        }
        return batch;
    }

    private static ObjectNode deleted(String id, String object) {
        ObjectNode json = JsonSupport.object();
        json.put("id", id);
        json.put("object", object);
        json.put("deleted", true);
        return json;
    }

    private static List<String> fileIds(@Nullable ArrayNode ids, String param, int max) {
        List<String> fileIds = new ArrayList<>();
        if (ids == null) {
            return fileIds;
        }
        if (ids.size() > max) {
            throw OpenAiErrors.badRequest(
                    "Invalid '" + param + "': array too long. Expected an array with maximum length " + max
                            + ", but got an array with length " + ids.size() + " instead.",
                    param,
                    "array_above_max_length");
        }
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isTextual()) {
                throw OpenAiErrors.invalidType(param + "[" + i + "]", "a string", JsonBody.typeName(ids.get(i)));
            }
            fileIds.add(ids.get(i).asText());
        }
        return fileIds;
    }

    /** The strategy as files report it: {@code auto} is static chunks of 800 tokens overlapping by 400. */
    private static ObjectNode chunking(@Nullable JsonNode requested, String param) {
        int max = 800;
        int overlap = 400;
        if (requested != null) {
            JsonBody body = JsonBody.nested(requested, param);
            String type = body.requiredString("type");
            if (type.equals("static")) {
                JsonBody settings = JsonBody.nested(
                        body.node("static").orElseThrow(() -> OpenAiErrors.missingParameter(param + ".static")),
                        param + ".static");
                max = settings.integer("max_chunk_size_tokens")
                        .orElseThrow(() -> OpenAiErrors.missingParameter(param + ".static.max_chunk_size_tokens"));
                overlap = settings.integer("chunk_overlap_tokens")
                        .orElseThrow(() -> OpenAiErrors.missingParameter(param + ".static.chunk_overlap_tokens"));
                if (max < 100 || max > 4096) {
                    throw OpenAiErrors.badRequest(
                            "Invalid '" + param + ".static.max_chunk_size_tokens': expected a value between 100 and"
                                    + " 4096, but got " + max + " instead.",
                            param + ".static.max_chunk_size_tokens",
                            "invalid_value");
                }
                if (overlap < 0 || overlap > max / 2) {
                    throw OpenAiErrors.badRequest(
                            "Invalid '" + param + ".static.chunk_overlap_tokens': the overlap must not exceed half"
                                    + " of max_chunk_size_tokens.",
                            param + ".static.chunk_overlap_tokens",
                            "invalid_value");
                }
            } else if (!type.equals("auto")) {
                throw OpenAiErrors.invalidValue(param + ".type", type, List.of("auto", "static"));
            }
        }
        ObjectNode strategy = JsonSupport.object();
        strategy.put("type", "static");
        strategy.putObject("static").put("max_chunk_size_tokens", max).put("chunk_overlap_tokens", overlap);
        return strategy;
    }

    /** At most 16 attributes, keys up to 64 characters, values strings (up to 512), numbers or booleans. */
    private static @Nullable JsonNode attributes(@Nullable JsonNode attributes, String param) {
        if (attributes == null || attributes.isNull()) {
            return null;
        }
        if (!attributes.isObject()) {
            throw OpenAiErrors.invalidType(param, "an object", JsonBody.typeName(attributes));
        }
        if (attributes.size() > 16) {
            throw OpenAiErrors.badRequest(
                    "Invalid '" + param + "': too many properties. Expected an object with at most 16 properties,"
                            + " but got an object with " + attributes.size() + " properties instead.",
                    param,
                    "object_above_max_properties");
        }
        for (Map.Entry<String, JsonNode> entry : attributes.properties()) {
            JsonNode value = entry.getValue();
            boolean valid = value.isNumber()
                    || value.isBoolean()
                    || (value.isTextual() && value.asText().length() <= 512);
            if (entry.getKey().length() > 64 || !valid) {
                throw OpenAiErrors.badRequest(
                        "Invalid '" + param + "." + entry.getKey()
                                + "': keys are at most 64 characters; values are strings of at most 512 characters,"
                                + " numbers or booleans.",
                        param + "." + entry.getKey(),
                        "invalid_value");
            }
        }
        return attributes.deepCopy();
    }

    private void expiry(ObjectNode json, @Nullable JsonNode expiresAfter) {
        if (expiresAfter == null || expiresAfter.isNull()) {
            json.remove("expires_after");
            json.putNull("expires_at");
            return;
        }
        JsonBody body = JsonBody.nested(expiresAfter, "expires_after");
        String anchor = body.requiredString("anchor");
        if (!anchor.equals("last_active_at")) {
            throw OpenAiErrors.invalidValue("expires_after.anchor", anchor, List.of("last_active_at"));
        }
        int days = body.integer("days").orElseThrow(() -> OpenAiErrors.missingParameter("expires_after.days"));
        if (days < 1 || days > 365) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'expires_after.days': expected a value between 1 and 365, but got " + days + " instead.",
                    "expires_after.days",
                    "invalid_value");
        }
        ObjectNode policy = json.putObject("expires_after");
        policy.put("anchor", anchor);
        policy.put("days", days);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
