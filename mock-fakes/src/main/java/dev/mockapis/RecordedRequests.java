package dev.mockapis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads values out of recorded requests for the assertions: form and query params, JSON paths, body text. */
final class RecordedRequests {

    private RecordedRequests() {
    }

    static List<String> formParam(Interaction interaction, String name) {
        ParsedBody body = interaction.body();
        Map<String, List<String>> form = body instanceof ParsedBody.Form f ? f.params() : Map.of();
        return form.getOrDefault(name, List.of());
    }

    static List<String> queryParam(Interaction interaction, String name) {
        return interaction.query().getOrDefault(name, List.of());
    }

    /** The value at a JSON path ({@code /input/0/content}, {@code input[0].content} or {@code $.model}), as text. */
    static Optional<String> json(Interaction interaction, String path) {
        if (!(interaction.body() instanceof ParsedBody.Json json)) {
            return Optional.empty();
        }
        JsonNode node = json.node().at(pointer(path));
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(node.isValueNode() ? node.asText() : node.toString());
    }

    static String bodyText(Interaction interaction) {
        ParsedBody body = interaction.body();
        if (body instanceof ParsedBody.Json json) {
            return json.node().toString();
        }
        if (body instanceof ParsedBody.Form form) {
            return form.params().toString();
        }
        if (body instanceof ParsedBody.Text text) {
            return text.text();
        }
        if (body instanceof ParsedBody.Invalid invalid) {
            return invalid.text();
        }
        if (body instanceof ParsedBody.Truncated truncated) {
            return truncated.text();
        }
        return "";
    }

    static String pointer(String path) {
        if (path.isEmpty() || path.startsWith("/")) {
            return path;
        }
        String dotted = path.startsWith("$") ? path.substring(1) : path;
        StringBuilder pointer = new StringBuilder();
        for (String part : dotted.replace("[", ".").replace("]", "").split("\\.")) {
            if (!part.isEmpty()) {
                pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }
}
