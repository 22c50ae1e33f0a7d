package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code batches.create|retrieve|list|cancel}. A batch reads its uploaded JSONL and moves one status per
 * retrieve, as runs do: {@code validating → in_progress → finalizing → completed}. Leaving
 * {@code in_progress}, it sends every request line to this fake ({@link BatchRunner}), so each answer is
 * what the active scenario gives that request; successes go to the output file, failures to the error
 * file. Invalid lines fail the batch while validating. A scenario can make the batch {@code failed},
 * {@code expired} or {@code cancelled} instead ({@link Outcome}).
 */
final class Batches {

    /** The endpoints a batch may target, as the spec lists them. */
    static final List<String> ENDPOINTS = List.of(
            "/v1/responses",
            "/v1/chat/completions",
            "/v1/embeddings",
            "/v1/completions",
            "/v1/moderations",
            "/v1/images/generations",
            "/v1/images/edits",
            "/v1/videos");

    private static final long DAY = 24 * 3600;

    /** How a scenario ends a batch, other than completing it. */
    enum Outcome implements Directive {
        /** Validation fails: the organisation's enqueued token limit is reached. */
        FAILED,
        /** The completion window passes while the batch is in progress; no request runs. */
        EXPIRED,
        /** The batch is cancelled while in progress, as from the dashboard. */
        CANCELLED
    }

    private final IdGenerator ids;
    private final Clock clock;
    private final FileStore files;
    private final BatchRunner runner;
    private final Map<String, Batch> batches = new LinkedHashMap<>();

    private static final class Batch {
        final ObjectNode json;
        final @Nullable Outcome outcome;

        @Nullable
        BatchLines lines;

        Batch(ObjectNode json, @Nullable Outcome outcome) {
            this.json = json;
            this.outcome = outcome;
        }

        String status() {
            return json.get("status").asText();
        }
    }

    Batches(IdGenerator ids, Clock clock, FileStore files) {
        this.ids = ids;
        this.clock = clock;
        this.files = files;
        this.runner = new BatchRunner(ids);
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        String inputFileId = body.requiredString("input_file_id");
        String endpoint = body.requiredString("endpoint");
        if (!ENDPOINTS.contains(endpoint)) {
            throw OpenAiErrors.invalidValue("endpoint", endpoint, ENDPOINTS);
        }
        String window = body.requiredString("completion_window");
        if (!window.equals("24h")) {
            throw OpenAiErrors.invalidValue("completion_window", window, List.of("24h"));
        }
        ObjectNode metadata = body.metadata();
        FileStore.StoredFile input = files.get(inputFileId);
        if (!input.purpose().equals("batch")) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'input_file_id': the file must have purpose 'batch', but has purpose '" + input.purpose()
                            + "'.",
                    "input_file_id",
                    "invalid_value");
        }
        long now = now();
        ObjectNode batch = JsonSupport.object();
        batch.put("id", ids.next("batch_", IdSequence.HEX, 32));
        batch.put("object", "batch");
        batch.put("endpoint", endpoint);
        batch.put("input_file_id", inputFileId);
        batch.put("completion_window", window);
        batch.put("status", "validating");
        batch.put("created_at", now);
        batch.put("expires_at", now + DAY);
        counts(batch, 0, 0, 0);
        batch.set("metadata", metadata);
        synchronized (batches) {
            batches.put(batch.get("id").asText(), new Batch(batch, directive instanceof Outcome o ? o : null));
        }
        return FakeResponse.json(200, batch);
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        Batch batch = find(call);
        synchronized (batch) {
            advance(batch, call.request());
            return FakeResponse.json(200, batch.json.deepCopy());
        }
    }

    FakeResponse list(ApiCall call, @Nullable Directive directive) {
        List<ObjectNode> all = new ArrayList<>();
        synchronized (batches) {
            for (Batch batch : batches.values()) {
                synchronized (batch) {
                    all.add(batch.json.deepCopy());
                }
            }
        }
        return FakeResponse.json(200, ListPage.of(all, call.request(), 20, "desc"));
    }

    FakeResponse cancel(ApiCall call, @Nullable Directive directive) {
        Batch batch = find(call);
        synchronized (batch) {
            String status = batch.status();
            if (!status.equals("validating") && !status.equals("in_progress")) {
                if (status.equals("cancelling") || status.equals("cancelled")) {
                    return FakeResponse.json(200, batch.json.deepCopy());
                }
                throw OpenAiErrors.error(409, "Cannot cancel a batch with status '" + status + "'.", null, null);
            }
            batch.json.put("status", "cancelling");
            batch.json.put("cancelling_at", now());
            return FakeResponse.json(200, batch.json.deepCopy());
        }
    }

    void clear() {
        synchronized (batches) {
            batches.clear();
        }
    }

    private Batch find(ApiCall call) {
        String id = call.pathVariable("batch_id").orElseThrow();
        synchronized (batches) {
            Batch batch = batches.get(id);
            if (batch == null) {
                throw OpenAiErrors.error(404, "No batch found with id '" + id + "'.", null, null);
            }
            return batch;
        }
    }

    /** One step along the lifecycle, as a poll of the real API would find it a little later. */
    private void advance(Batch batch, FakeRequest through) {
        ObjectNode json = batch.json;
        switch (batch.status()) {
            case "validating" -> validate(batch);
            case "in_progress" -> {
                if (batch.outcome == Outcome.EXPIRED) {
                    expire(batch);
                } else if (batch.outcome == Outcome.CANCELLED) {
                    json.put("status", "cancelling");
                    json.put("cancelling_at", now());
                } else {
                    runLines(batch, through);
                }
            }
            case "finalizing" -> {
                json.put("status", "completed");
                json.put("completed_at", now());
            }
            case "cancelling" -> {
                json.put("status", "cancelled");
                json.put("cancelled_at", now());
            }
            default -> {
                // failed, expired, completed and cancelled are final
            }
        }
    }

    private void validate(Batch batch) {
        ObjectNode json = batch.json;
        if (batch.outcome == Outcome.FAILED) {
            fail(
                    json,
                    List.of(error(
                            "token_limit_exceeded",
                            "Enqueued token limit reached for " + modelOf(batch) + " in organization org-mockapis."
                                    + " Limit: 90,000 enqueued tokens. Please try again once some in_progress batches"
                                    + " have been completed.")));
            return;
        }
        String input = files.contains(json.get("input_file_id").asText())
                ? files.get(json.get("input_file_id").asText()).text()
                : "";
        BatchLines lines = BatchLines.read(input, json.get("endpoint").asText());
        batch.lines = lines;
        if (!lines.errors().isEmpty()) {
            fail(json, lines.errors());
            return;
        }
        if (lines.model() != null) {
            json.put("model", lines.model());
        }
        json.put("status", "in_progress");
        json.put("in_progress_at", now());
        counts(json, lines.lines().size(), 0, 0);
    }

    private String modelOf(Batch batch) {
        String id = batch.json.get("input_file_id").asText();
        String model = files.contains(id)
                ? BatchLines.read(
                                files.get(id).text(), batch.json.get("endpoint").asText())
                        .model()
                : null;
        return model != null ? model : "gpt-4o";
    }

    private void fail(ObjectNode json, List<ObjectNode> errors) {
        json.put("status", "failed");
        json.put("failed_at", now());
        ObjectNode listed = json.putObject("errors");
        listed.put("object", "list");
        ArrayNode data = listed.putArray("data");
        errors.forEach(data::add);
    }

    private static ObjectNode error(String code, String message) {
        ObjectNode error = JsonSupport.object();
        error.put("code", code);
        error.put("message", message);
        error.putNull("param");
        error.putNull("line");
        return error;
    }

    private void runLines(Batch batch, FakeRequest through) {
        ObjectNode json = batch.json;
        String batchId = json.get("id").asText();
        StringBuilder output = new StringBuilder();
        StringBuilder errors = new StringBuilder();
        int completed = 0;
        int failed = 0;
        long input = 0;
        long cached = 0;
        long outputTokens = 0;
        long reasoning = 0;
        for (BatchLines.Line line : validated(batch).lines()) {
            BatchRunner.Outcome outcome = runner.run(batchId, line, through);
            (outcome.succeeded() ? output : errors)
                    .append(JsonSupport.write(outcome.line()))
                    .append('\n');
            if (outcome.succeeded()) {
                completed++;
                JsonNode usage = Objects.requireNonNull(outcome.usage(), "a line that succeeded has its usage");
                input += usage.path("input_tokens")
                        .asLong(usage.path("prompt_tokens").asLong(0));
                outputTokens += usage.path("output_tokens")
                        .asLong(usage.path("completion_tokens").asLong(0));
                cached += usage.path("input_tokens_details")
                        .path("cached_tokens")
                        .asLong(usage.path("prompt_tokens_details")
                                .path("cached_tokens")
                                .asLong(0));
                reasoning += usage.path("output_tokens_details")
                        .path("reasoning_tokens")
                        .asLong(usage.path("completion_tokens_details")
                                .path("reasoning_tokens")
                                .asLong(0));
            } else {
                failed++;
            }
        }
        storeResults(json, output, errors);
        json.put("status", "finalizing");
        json.put("finalizing_at", now());
        counts(json, validated(batch).lines().size(), completed, failed);
        ObjectNode usage = json.putObject("usage");
        usage.put("input_tokens", input);
        usage.putObject("input_tokens_details").put("cached_tokens", cached);
        usage.put("output_tokens", outputTokens);
        usage.putObject("output_tokens_details").put("reasoning_tokens", reasoning);
        usage.put("total_tokens", input + outputTokens);
    }

    private void expire(Batch batch) {
        ObjectNode json = batch.json;
        StringBuilder errors = new StringBuilder();
        for (BatchLines.Line line : validated(batch).lines()) {
            errors.append(JsonSupport.write(runner.expired(line))).append('\n');
        }
        storeResults(json, new StringBuilder(), errors);
        json.put("status", "expired");
        json.put("expired_at", now());
        int total = validated(batch).lines().size();
        counts(json, total, 0, total);
    }

    private static BatchLines validated(Batch batch) {
        return Objects.requireNonNull(batch.lines, "a batch runs or expires only once its input file was validated");
    }

    private void storeResults(ObjectNode json, StringBuilder output, StringBuilder errors) {
        String batchId = json.get("id").asText();
        long now = now();
        if (output.length() > 0) {
            json.put(
                    "output_file_id",
                    files.add(
                                    batchId + "_output.jsonl",
                                    "batch_output",
                                    output.toString().getBytes(StandardCharsets.UTF_8),
                                    now,
                                    now + 30 * DAY)
                            .id());
        }
        if (errors.length() > 0) {
            json.put(
                    "error_file_id",
                    files.add(
                                    batchId + "_error.jsonl",
                                    "batch_output",
                                    errors.toString().getBytes(StandardCharsets.UTF_8),
                                    now,
                                    now + 30 * DAY)
                            .id());
        }
    }

    private static void counts(ObjectNode json, int total, int completed, int failed) {
        ObjectNode counts = json.putObject("request_counts");
        counts.put("total", total);
        counts.put("completed", completed);
        counts.put("failed", failed);
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
