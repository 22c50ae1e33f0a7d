package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One response of the Responses API: the request's settings echoed back, its input items, and its
 * output once complete. A background response starts {@code queued} and moves one status per
 * retrieval; others are complete when created. Guarded by the {@link ResponsesState} lock.
 */
final class StoredResponse {

    private final ObjectNode body;
    private final List<ObjectNode> input;
    private final @Nullable String previousResponseId;
    private final @Nullable String conversationId;
    private final boolean stored;
    private @Nullable Planned planned;

    /** The output decided at creation, released when a background response completes. */
    record Planned(List<ObjectNode> output, ObjectNode usage, long completedAt) {}

    StoredResponse(
            ObjectNode body,
            List<ObjectNode> input,
            @Nullable String previousResponseId,
            @Nullable String conversationId,
            boolean stored) {
        this.body = body;
        this.input = List.copyOf(input);
        this.previousResponseId = previousResponseId;
        this.conversationId = conversationId;
        this.stored = stored;
    }

    String id() {
        return body.path("id").asText();
    }

    String status() {
        return body.path("status").asText();
    }

    List<ObjectNode> input() {
        return input;
    }

    List<ObjectNode> output() {
        List<ObjectNode> output = new ArrayList<>();
        body.path("output").forEach(item -> output.add((ObjectNode) item));
        return output;
    }

    @Nullable
    String previousResponseId() {
        return previousResponseId;
    }

    @Nullable
    String conversationId() {
        return conversationId;
    }

    boolean stored() {
        return stored;
    }

    boolean background() {
        return body.path("background").asBoolean(false);
    }

    /** A snapshot of the response as the API returns it. */
    ObjectNode json() {
        return body.deepCopy();
    }

    void plan(Planned output) {
        this.planned = output;
    }

    /** Completes the response with its output and usage. */
    void complete(Planned output) {
        body.put("status", "completed");
        ArrayNode items = body.putArray("output");
        output.output().forEach(items::add);
        body.set("usage", output.usage());
        body.put("completed_at", output.completedAt());
        planned = null;
    }

    /**
     * Moves a background response one status on: {@code queued → in_progress → completed}.
     *
     * @return whether it has just completed
     */
    boolean advance() {
        if (status().equals("queued")) {
            body.put("status", "in_progress");
            return false;
        }
        if (status().equals("in_progress") && planned != null) {
            complete(planned);
            return true;
        }
        return false;
    }

    void cancel() {
        body.put("status", "cancelled");
        planned = null;
    }

    /** The settings part of a response, before any output: everything the API echoes from the request. */
    static ObjectNode skeleton(
            String id,
            long createdAt,
            JsonBody request,
            ArrayNode tools,
            @Nullable String conversationId,
            boolean stored) {
        ObjectNode body = JsonSupport.object();
        body.put("id", id);
        body.put("object", "response");
        body.put("created_at", createdAt);
        body.put("status", "in_progress");
        body.put("background", request.bool("background", false));
        body.putNull("completed_at");
        body.putNull("error");
        body.putNull("incomplete_details");
        body.put("instructions", request.optionalString("instructions").orElse(null));
        body.set("max_output_tokens", request.node("max_output_tokens").orElse(null));
        body.set("max_tool_calls", request.node("max_tool_calls").orElse(null));
        body.put("model", request.requiredString("model"));
        body.putArray("output");
        body.put("parallel_tool_calls", request.bool("parallel_tool_calls", true));
        body.put(
                "previous_response_id",
                request.optionalString("previous_response_id").orElse(null));
        body.putNull("prompt_cache_key");
        ObjectNode reasoning = body.putObject("reasoning");
        reasoning.putNull("effort");
        reasoning.putNull("summary");
        request.optionalObject("reasoning").ifPresent(reasoning::setAll);
        body.putNull("safety_identifier");
        body.put("service_tier", "default");
        body.put("store", stored);
        body.put("temperature", request.number("temperature").orElse(1.0));
        ObjectNode text =
                request.optionalObject("text").map(ObjectNode::deepCopy).orElseGet(JsonSupport::object);
        if (!text.has("format")) {
            text.putObject("format").put("type", "text");
        }
        if (!text.has("verbosity")) {
            text.put("verbosity", "medium");
        }
        body.set("text", text);
        body.set(
                "tool_choice",
                request.node("tool_choice")
                        .orElseGet(() -> JsonSupport.mapper().getNodeFactory().textNode("auto")));
        body.set("tools", tools);
        body.put("top_logprobs", 0);
        body.put("top_p", request.number("top_p").orElse(1.0));
        body.put("truncation", request.optionalString("truncation").orElse("disabled"));
        body.putNull("usage");
        body.put("user", request.optionalString("user").orElse(null));
        body.set("metadata", request.metadata());
        if (conversationId != null) {
            body.putObject("conversation").put("id", conversationId);
        } else {
            body.putNull("conversation");
        }
        return body;
    }

    static ObjectNode usage(int inputTokens, int outputTokens, int reasoningTokens) {
        ObjectNode usage = JsonSupport.object();
        usage.put("input_tokens", inputTokens);
        usage.putObject("input_tokens_details").put("cached_tokens", 0).put("cache_write_tokens", 0);
        usage.put("output_tokens", outputTokens);
        usage.putObject("output_tokens_details").put("reasoning_tokens", reasoningTokens);
        usage.put("total_tokens", inputTokens + outputTokens);
        return usage;
    }
}
