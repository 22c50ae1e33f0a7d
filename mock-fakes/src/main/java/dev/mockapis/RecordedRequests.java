package dev.mockapis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import java.util.List;
import java.util.Map;

/** Reads values out of recorded requests for the assertions: form and query params, body text. */
final class RecordedRequests {

    private RecordedRequests() {}

    static List<String> formParam(Interaction interaction, String name) {
        ParsedBody body = interaction.body();
        Map<String, List<String>> form = body instanceof ParsedBody.Form f ? f.params() : Map.of();
        return form.getOrDefault(name, List.of());
    }

    static List<String> queryParam(Interaction interaction, String name) {
        return interaction.query().getOrDefault(name, List.of());
    }

    static String bodyText(Interaction interaction) {
        ParsedBody body = interaction.body();
        if (body instanceof ParsedBody.Json json) {
            return json.as(JsonNode.class).toString();
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
}
