package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.core.internal.Loopback;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code messages.batches.*}: Message Batches that move {@code in_progress → ended} (or
 * {@code canceling → ended}) on the first retrieve after they were created or cancelled; a batch first
 * retrieved after its {@code expires_at} (24 hours, on the fake's clock) ends with every request
 * {@code expired}. Ending, a batch
 * sends each request to this same fake's {@code messages.create} ({@link Loopback}), so each answer is
 * what the active scenario gives that request; one the API refuses, or a scenario fails, is
 * {@code errored} with that error. Results are JSONL, in the order of the requests. Newest first in
 * lists. Thread-safe.
 */
final class MessageBatches {

    /** How long a batch has to end before its requests expire. */
    private static final Duration LIFETIME = Duration.ofHours(24);

    private static final String MESSAGES_PATH = "/v1/messages";

    /** What a request of the batch carries of the retrieve that ends it: credentials, version and betas. */
    private static final List<String> FORWARDED_HEADERS =
            List.of("x-api-key", "Authorization", "anthropic-version", "anthropic-beta");

    private static final String RESULTS_URL = "https://api.anthropic.com/v1/messages/batches/%s/results";

    private final IdSequence ids;
    private final Clock clock;
    private final Loopback loopback = new Loopback();
    private final Map<String, Batch> batches = new LinkedHashMap<>();

    /** Batches with no state. */
    MessageBatches(IdSequence ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    private static final class Batch {
        final String id;
        final Instant createdAt;
        final List<String> customIds = new ArrayList<>();
        final List<JsonNode> params = new ArrayList<>();
        final List<ObjectNode> results = new ArrayList<>();
        String status = "in_progress";

        @Nullable
        Instant cancelInitiatedAt;

        @Nullable
        Instant endedAt;

        Batch(String id, Instant createdAt) {
            this.id = id;
            this.createdAt = createdAt;
        }
    }

    synchronized FakeResponse create(ApiCall call) {
        JsonNode requests = call.request().json(JsonNode.class).get("requests");
        if (requests == null || requests.isNull()) {
            throw invalid("requests: Field required");
        }
        if (!requests.isArray() || requests.isEmpty()) {
            throw invalid("requests: List should have at least 1 item after validation, not 0");
        }
        Batch batch = new Batch(ids.next("msgbatch_01", IdSequence.BASE62, 22), clock.instant());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            String customId = request.path("custom_id").asText("");
            if (!request.path("custom_id").isTextual() || customId.isEmpty()) {
                throw invalid("requests." + i + ".custom_id: Field required");
            }
            if (!seen.add(customId)) {
                throw invalid("requests: custom_id values must be unique, found duplicate: " + customId);
            }
            if (!request.path("params").isObject()) {
                throw invalid("requests." + i + ".params: Field required");
            }
            batch.customIds.add(customId);
            batch.params.add(request.get("params"));
        }
        batches.put(batch.id, batch);
        return FakeResponse.json(200, json(batch));
    }

    synchronized FakeResponse retrieve(ApiCall call) {
        Batch batch = find(call);
        if (!batch.status.equals("ended")) {
            end(batch, call);
        }
        return FakeResponse.json(200, json(batch));
    }

    synchronized FakeResponse list(ApiCall call) {
        List<ObjectNode> all = new ArrayList<>();
        List<Batch> newestFirst = new ArrayList<>(batches.values());
        java.util.Collections.reverse(newestFirst);
        newestFirst.forEach(batch -> all.add(json(batch)));
        return FakeResponse.json(200, CursorPage.of(call.request(), all).json());
    }

    synchronized FakeResponse cancel(ApiCall call) {
        Batch batch = find(call);
        if (batch.status.equals("in_progress")) {
            batch.status = "canceling";
            batch.cancelInitiatedAt = clock.instant();
        }
        return FakeResponse.json(200, json(batch));
    }

    synchronized FakeResponse delete(ApiCall call) {
        Batch batch = find(call);
        if (!batch.status.equals("ended")) {
            throw invalid("Message Batch " + batch.id
                    + " cannot be deleted while it is still processing. Cancel it first and wait for it to end.");
        }
        batches.remove(batch.id);
        ObjectNode deleted = JsonSupport.object();
        deleted.put("id", batch.id);
        deleted.put("type", "message_batch_deleted");
        return FakeResponse.json(200, deleted);
    }

    synchronized FakeResponse results(ApiCall call) {
        Batch batch = find(call);
        if (!batch.status.equals("ended")) {
            throw invalid("Message Batch " + batch.id + " has not yet ended. Results are available once it has.");
        }
        StringBuilder jsonl = new StringBuilder();
        batch.results.forEach(line -> jsonl.append(JsonSupport.write(line)).append('\n'));
        return new FakeResponse(
                        200,
                        dev.mockapis.core.HttpHeaders.empty(),
                        dev.mockapis.core.ResponseBody.text(jsonl.toString()))
                .withHeader("Content-Type", "application/x-jsonl");
    }

    synchronized void reset() {
        batches.clear();
    }

    /**
     * Ends a batch: its requests run, unless it was cancelled or its 24 hours passed first on the fake's
     * clock, which leaves every request {@code canceled} or {@code expired}.
     */
    private void end(Batch batch, ApiCall through) {
        boolean canceled = batch.status.equals("canceling");
        boolean expired = !clock.instant().isBefore(expiresAt(batch));
        for (int i = 0; i < batch.params.size(); i++) {
            ObjectNode line = JsonSupport.object();
            line.put("custom_id", batch.customIds.get(i));
            ObjectNode result = line.putObject("result");
            if (canceled) {
                result.put("type", "canceled");
            } else if (expired) {
                result.put("type", "expired");
            } else {
                answer(batch.id, batch.params.get(i), through, result);
            }
            batch.results.add(line);
        }
        batch.status = "ended";
        batch.endedAt = expired && !canceled ? expiresAt(batch) : clock.instant();
    }

    private static Instant expiresAt(Batch batch) {
        return batch.createdAt.plus(LIFETIME);
    }

    /** One request's result, from what {@code messages.create} answers it. */
    private void answer(String batchId, JsonNode params, ApiCall through, ObjectNode result) {
        Loopback.Answer answer =
                loopback.post(through.request(), MESSAGES_PATH, JsonSupport.write(params), batchId, FORWARDED_HEADERS);
        JsonNode body = parse(answer.body());
        if (answer.ok() && body.path("type").asText().equals("message")) {
            result.put("type", "succeeded");
            result.set("message", body);
        } else if (body.path("type").asText().equals("error")) {
            result.put("type", "errored");
            result.set("error", body);
        } else {
            result.put("type", "errored");
            result.set(
                    "error",
                    errorBody(AnthropicErrors.error(
                            500, AnthropicErrors.API, "The request could not be processed: " + answer.body())));
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JsonSupport.mapper().readTree(text);
        } catch (java.io.IOException | RuntimeException e) {
            return JsonSupport.object();
        }
    }

    private ObjectNode errorBody(ProviderError error) {
        ObjectNode body = JsonSupport.object();
        body.put("type", "error");
        body.putObject("error")
                .put("type", error.type() != null ? error.type() : AnthropicErrors.typeFor(error.status()))
                .put("message", error.message());
        body.put("request_id", ids.next("req_011C", IdSequence.BASE62, 20));
        return body;
    }

    private Batch find(ApiCall call) {
        String id = call.pathVariable("message_batch_id").orElseThrow();
        Batch batch = batches.get(id);
        if (batch == null) {
            throw new ProviderErrorException(
                    AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, "message_batch_id: " + id));
        }
        return batch;
    }

    private static ObjectNode json(Batch batch) {
        ObjectNode json = JsonSupport.object();
        json.put("id", batch.id);
        json.put("type", "message_batch");
        json.put("processing_status", batch.status);
        ObjectNode counts = json.putObject("request_counts");
        int processing = batch.status.equals("ended") ? 0 : batch.params.size();
        counts.put("processing", processing);
        counts.put("succeeded", count(batch, "succeeded"));
        counts.put("errored", count(batch, "errored"));
        counts.put("canceled", count(batch, "canceled"));
        counts.put("expired", count(batch, "expired"));
        json.put("ended_at", text(batch.endedAt));
        json.put("created_at", batch.createdAt.toString());
        json.put("expires_at", expiresAt(batch).toString());
        json.putNull("archived_at");
        json.put("cancel_initiated_at", text(batch.cancelInitiatedAt));
        json.put("results_url", batch.status.equals("ended") ? String.format(RESULTS_URL, batch.id) : null);
        return json;
    }

    private static int count(Batch batch, String type) {
        return (int) batch.results.stream()
                .filter(line -> line.path("result").path("type").asText().equals(type))
                .count();
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(AnthropicErrors.invalidRequest(message));
    }
}
