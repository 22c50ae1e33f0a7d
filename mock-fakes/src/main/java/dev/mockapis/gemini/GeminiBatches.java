package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.FormEncoding;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.core.internal.Loopback;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code batches.create|get|list|cancel|delete}: batch jobs of {@code generateContent} requests, inline or in
 * an uploaded JSONL file, each an operation whose {@code GenerateContentBatch} metadata moves one state per
 * {@code get}: {@code BATCH_STATE_PENDING → BATCH_STATE_RUNNING → BATCH_STATE_SUCCEEDED}. Finishing, a batch
 * sends each request to this same fake's {@code generateContent} ({@link Loopback}), so each answer is what
 * the active scenario gives that request, and one the API refuses comes back as that error. Inline
 * requests get inline responses; a file's get a {@code responsesFile} of JSONL lines keyed as the input's.
 * Thread-safe.
 */
final class GeminiBatches {

    private static final String BATCH_TYPE =
            "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatch";
    private static final String OUTPUT_TYPE =
            "type.googleapis.com/google.ai.generativelanguage.v1main.GenerateContentBatchOutput";

    /** A request of a batch: its body and what identifies it in the output. */
    private record Entry(
            ObjectNode request,
            @Nullable JsonNode metadata,
            @Nullable String key) {}

    private static final class Batch {
        final String name;
        final String model;
        final String displayName;
        final Instant createTime;
        final List<Entry> entries;
        final boolean fromFile;
        final List<ObjectNode> responses = new ArrayList<>();
        String state = "BATCH_STATE_PENDING";
        Instant updateTime;

        @Nullable
        Instant endTime;

        @Nullable
        String responsesFile;

        int failed;

        Batch(String name, String model, String displayName, Instant now, List<Entry> entries, boolean fromFile) {
            this.name = name;
            this.model = model;
            this.displayName = displayName;
            this.createTime = now;
            this.updateTime = now;
            this.entries = entries;
            this.fromFile = fromFile;
        }

        boolean ended() {
            return endTime != null;
        }
    }

    private final IdSequence ids;
    private final Clock clock;
    private final Loopback loopback = new Loopback();
    private final GeminiFiles files;
    private final Map<String, Batch> batches = Collections.synchronizedMap(new LinkedHashMap<>());

    GeminiBatches(Clock clock, GeminiFiles files, IdSequence ids) {
        this.ids = ids;
        this.clock = clock;
        this.files = files;
    }

    FakeResponse create(ApiCall call) {
        String model = call.pathVariable("model").orElseThrow();
        GeminiModels.find(model)
                .filter(GeminiModels.Model::generates)
                .orElseThrow(() -> new ProviderErrorException(GeminiErrors.error(
                        404,
                        "NOT_FOUND",
                        "models/" + model + " is not found for API version " + GeminiResources.version(call)
                                + ", or is not supported for batchGenerateContent. Call ListModels to see the list of "
                                + "available models and their supported methods.")));
        JsonNode batch = call.request().json(JsonNode.class).path("batch");
        JsonNode input = batch.path("inputConfig");
        List<Entry> entries;
        boolean fromFile = input.hasNonNull("fileName");
        if (fromFile) {
            entries = fileEntries(input.get("fileName").asText());
        } else {
            entries = new ArrayList<>();
            for (JsonNode request :
                    GenerateContentRequest.repeated(input.path("requests").path("requests"))) {
                if (!request.path("request").isObject()) {
                    throw invalid("* BatchGenerateContentRequest.batch.input_config.requests.requests.request: "
                            + "request is not specified");
                }
                entries.add(new Entry((ObjectNode) request.get("request"), request.get("metadata"), null));
            }
        }
        if (entries.isEmpty()) {
            throw invalid("* BatchGenerateContentRequest.batch.input_config: input_config is not specified");
        }
        Batch created = new Batch(
                "batches/" + ids.next("", "0123456789abcdefghijklmnopqrstuvwxyz", 40),
                "models/" + model,
                batch.path("displayName").asText(""),
                clock.instant(),
                entries,
                fromFile);
        batches.put(created.name, created);
        return FakeResponse.json(200, operation(created));
    }

    /** Each get moves a batch one state on; the move to its end runs its requests. */
    FakeResponse get(ApiCall call) {
        Batch batch = find(call);
        synchronized (batch) {
            if (batch.state.equals("BATCH_STATE_PENDING")) {
                batch.state = "BATCH_STATE_RUNNING";
                batch.updateTime = clock.instant();
            } else if (batch.state.equals("BATCH_STATE_RUNNING")) {
                run(batch, call.request());
            }
            return FakeResponse.json(200, operation(batch));
        }
    }

    FakeResponse list(ApiCall call) {
        List<Batch> all;
        synchronized (batches) {
            all = new ArrayList<>(batches.values());
        }
        Collections.reverse(all);
        int size = GeminiPages.pageSize(call, 1000);
        int start = GeminiPages.offset(call, "batches");
        int end = Math.min(all.size(), start + size);
        ObjectNode page = JsonSupport.object();
        if (start < end) {
            ArrayNode operations = page.putArray("operations");
            for (Batch batch : all.subList(start, end)) {
                synchronized (batch) {
                    operations.add(operation(batch));
                }
            }
        }
        if (end < all.size()) {
            page.put("nextPageToken", GeminiPages.token("batches", end));
        }
        return FakeResponse.json(200, page);
    }

    /** A batch that has not ended is cancelled, none of its requests run. */
    FakeResponse cancel(ApiCall call) {
        Batch batch = find(call);
        synchronized (batch) {
            if (!batch.ended()) {
                batch.state = "BATCH_STATE_CANCELLED";
                batch.updateTime = clock.instant();
                batch.endTime = batch.updateTime;
            }
        }
        return FakeResponse.json(200, JsonSupport.object());
    }

    FakeResponse delete(ApiCall call) {
        batches.remove(find(call).name);
        return FakeResponse.json(200, JsonSupport.object());
    }

    void reset() {
        batches.clear();
        ids.reset();
    }

    private void run(Batch batch, FakeRequest through) {
        String path = "/" + (through.path().startsWith("/v1beta/") ? "v1beta" : "v1") + "/" + batch.model
                + ":generateContent" + keyQuery(through);
        for (Entry entry : batch.entries) {
            ObjectNode request = entry.request().deepCopy();
            request.remove("model");
            Loopback.Answer answer =
                    loopback.post(through, path, JsonSupport.write(request), batch.name, List.of("x-goog-api-key"));
            ObjectNode response = JsonSupport.object();
            JsonNode body = parse(answer.body());
            if (answer.ok()) {
                response.set("response", body);
            } else {
                batch.failed++;
                response.set("error", status(body.path("error"), answer));
            }
            if (entry.metadata() != null) {
                response.set("metadata", entry.metadata());
            }
            if (entry.key() != null) {
                response.put("key", entry.key());
            }
            batch.responses.add(response);
        }
        if (batch.fromFile) {
            StringBuilder jsonl = new StringBuilder();
            batch.responses.forEach(
                    line -> jsonl.append(JsonSupport.write(line)).append('\n'));
            batch.responsesFile = files.store(
                    "batch-" + batch.name.substring("batches/".length()), "application/jsonl", jsonl.toString());
        }
        batch.state = "BATCH_STATE_SUCCEEDED";
        batch.updateTime = clock.instant();
        batch.endTime = batch.updateTime;
    }

    /** A key sent as {@code ?key=} goes along the same way; a header one is forwarded as a header. */
    private static String keyQuery(FakeRequest through) {
        return through.queryParam("key")
                .map(key -> "?" + FormEncoding.encode(Map.of("key", List.of(key))))
                .orElse("");
    }

    /** A failed request's {@code google.rpc.Status}: its code and message, as google-genai's {@code JobError} reads it. */
    private static ObjectNode status(JsonNode error, Loopback.Answer answer) {
        if (!error.isObject()) {
            return error(answer);
        }
        ObjectNode status = JsonSupport.object();
        status.set("code", error.path("code"));
        status.set("message", error.path("message"));
        return status;
    }

    private static ObjectNode error(Loopback.Answer answer) {
        ObjectNode error = JsonSupport.object();
        error.put("code", 500);
        error.put("message", "The request could not be processed: " + answer.body());
        return error;
    }

    /** The lines of an uploaded JSONL file, {@code {"key": …, "request": {…}}} each. */
    private List<Entry> fileEntries(String fileName) {
        String text = files.text(fileName);
        List<Entry> entries = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode line = parse(lines[i]);
            if (!line.path("request").isObject()) {
                throw invalid("Line " + (i + 1) + " of " + fileName + " is not a JSON object with a request.");
            }
            entries.add(new Entry(
                    (ObjectNode) line.get("request"),
                    null,
                    line.path("key").isTextual() ? line.get("key").asText() : null));
        }
        return entries;
    }

    private ObjectNode operation(Batch batch) {
        ObjectNode operation = JsonSupport.object();
        operation.put("name", batch.name);
        ObjectNode metadata = operation.putObject("metadata");
        metadata.put("@type", BATCH_TYPE);
        metadata.put("model", batch.model);
        metadata.put("displayName", batch.displayName);
        metadata.put("createTime", batch.createTime.toString());
        metadata.put("updateTime", batch.updateTime.toString());
        if (batch.endTime != null) {
            metadata.put("endTime", batch.endTime.toString());
        }
        ObjectNode stats = metadata.putObject("batchStats");
        int done = batch.responses.size();
        stats.put("requestCount", String.valueOf(batch.entries.size()));
        stats.put("successfulRequestCount", String.valueOf(done - batch.failed));
        stats.put("failedRequestCount", String.valueOf(batch.failed));
        stats.put("pendingRequestCount", String.valueOf(batch.ended() ? 0 : batch.entries.size()));
        metadata.put("state", batch.state);
        metadata.put("name", batch.name);
        if (batch.state.equals("BATCH_STATE_SUCCEEDED")) {
            ObjectNode output = output(batch);
            metadata.set("output", output);
            operation.put("done", true);
            ObjectNode response = operation.putObject("response");
            response.put("@type", OUTPUT_TYPE);
            output.properties().forEach(member -> response.set(member.getKey(), member.getValue()));
        } else if (batch.ended()) {
            operation.put("done", true);
        }
        return operation;
    }

    private static ObjectNode output(Batch batch) {
        ObjectNode output = JsonSupport.object();
        if (batch.responsesFile != null) {
            output.put("responsesFile", batch.responsesFile);
        } else {
            ArrayNode responses = output.putObject("inlinedResponses").putArray("inlinedResponses");
            batch.responses.forEach(responses::add);
        }
        return output;
    }

    private Batch find(ApiCall call) {
        Batch batch = batches.get("batches/" + call.pathVariable("batch").orElseThrow());
        if (batch == null) {
            throw new ProviderErrorException(GeminiErrors.error(404, "NOT_FOUND", "Requested entity was not found."));
        }
        return batch;
    }

    private static JsonNode parse(String text) {
        try {
            return JsonSupport.mapper().readTree(text);
        } catch (IOException | RuntimeException e) {
            return JsonSupport.object();
        }
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(GeminiErrors.invalidArgument(message));
    }
}
