package dev.mockapis.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The request lines of a batch input file, checked as the Batch API checks them while validating:
 * JSON objects with a unique {@code custom_id}, {@code method} {@code POST}, the batch's {@code url} and a
 * {@code body} object. Each problem becomes an entry of the batch's {@code errors.data}, with its line number.
 */
final class BatchLines {

    /** One valid request line. */
    record Line(String customId, String url, ObjectNode body) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<ObjectNode> errors = new ArrayList<>();

    private BatchLines() {}

    static BatchLines read(String jsonl, String endpoint) {
        BatchLines result = new BatchLines();
        Set<String> customIds = new HashSet<>();
        String[] rows = jsonl.split("\r?\n");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            JsonNode node;
            try {
                node = JsonSupport.mapper().readTree(rows[i]);
            } catch (JsonProcessingException e) {
                result.error("invalid_json_line", "This line is not parseable as valid JSON.", null, lineNumber);
                continue;
            }
            if (!node.isObject()) {
                result.error("invalid_json_line", "This line is not a JSON object.", null, lineNumber);
                continue;
            }
            String customId =
                    node.path("custom_id").isTextual() ? node.get("custom_id").asText() : null;
            if (customId == null) {
                result.missing("custom_id", lineNumber);
                continue;
            }
            if (!node.path("method").isTextual()) {
                result.missing("method", lineNumber);
                continue;
            }
            if (!node.path("url").isTextual()) {
                result.missing("url", lineNumber);
                continue;
            }
            if (!node.path("body").isObject()) {
                result.missing("body", lineNumber);
                continue;
            }
            if (!node.get("method").asText().equals("POST")) {
                result.error(
                        "invalid_method",
                        "The method for this request must be 'POST', but got '"
                                + node.get("method").asText() + "'.",
                        "method",
                        lineNumber);
                continue;
            }
            String url = node.get("url").asText();
            if (!url.equals(endpoint)) {
                result.error(
                        "mismatched_url",
                        "The url for this request does not match the batch's endpoint: expected '" + endpoint
                                + "', but got '" + url + "'.",
                        "url",
                        lineNumber);
                continue;
            }
            if (!customIds.add(customId)) {
                result.error(
                        "duplicate_custom_id",
                        "The custom_id for this request is a duplicate of another request. The custom_id parameter"
                                + " must be unique for each request in a batch.",
                        "custom_id",
                        lineNumber);
                continue;
            }
            result.lines.add(new Line(customId, url, (ObjectNode) node.get("body")));
        }
        if (result.lines.isEmpty() && result.errors.isEmpty()) {
            result.error(
                    "empty_file", "The batch input file is empty. Please provide at least one request.", null, null);
        }
        return result;
    }

    List<Line> lines() {
        return lines;
    }

    List<ObjectNode> errors() {
        return errors;
    }

    /** The model the requests ask for, from the first line that names one. */
    @Nullable
    String model() {
        return lines.stream()
                .map(line -> line.body().path("model").asText(""))
                .filter(model -> !model.isEmpty())
                .findFirst()
                .orElse(null);
    }

    private void missing(String field, int lineNumber) {
        error("missing_required_parameter", "Missing required parameter: '" + field + "'.", field, lineNumber);
    }

    private void error(String code, String message, @Nullable String param, @Nullable Integer line) {
        ObjectNode error = JsonSupport.object();
        error.put("code", code);
        error.put("message", message);
        error.put("param", param);
        error.put("line", line);
        errors.add(error);
    }
}
