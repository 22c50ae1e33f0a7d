package dev.mockapis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import java.util.List;
import java.util.Map;

/**
 * An interaction as the admin API shows it: operation id, request (headers already redacted by the
 * log, body parsed by media type) and the answer.
 */
final class InteractionJson {

    private InteractionJson() {}

    static ObjectNode of(Interaction interaction) {
        ObjectNode json = AdminJson.object();
        json.put("sequence", interaction.sequence());
        json.put("time", interaction.time().toString());
        json.put("operationId", interaction.operationId());
        json.put("method", interaction.method());
        json.put("path", interaction.path());
        json.set("query", multiValued(interaction.query()));
        json.set("headers", multiValued(interaction.headers().asMap()));
        json.set("body", body(interaction.body()));
        json.put("status", interaction.status());
        json.put("source", interaction.source().name());
        json.put("scenario", interaction.scenario());
        ArrayNode faults = json.putArray("faults");
        interaction.faults().forEach(fault -> faults.add(fault.toString()));
        json.put("responseBody", interaction.responseBody());
        json.put("elapsedMicros", interaction.elapsed().toNanos() / 1_000);
        return json;
    }

    private static ObjectNode multiValued(Map<String, List<String>> values) {
        ObjectNode json = AdminJson.object();
        values.forEach((name, list) -> {
            ArrayNode array = json.putArray(name);
            list.forEach(array::add);
        });
        return json;
    }

    private static JsonNode body(ParsedBody body) {
        if (body instanceof ParsedBody.Json json) {
            return json.as(JsonNode.class);
        }
        if (body instanceof ParsedBody.Form form) {
            return multiValued(form.params());
        }
        if (body instanceof ParsedBody.Text text) {
            return AdminJson.mapper().getNodeFactory().textNode(text.text());
        }
        if (body instanceof ParsedBody.Invalid invalid) {
            return AdminJson.mapper().getNodeFactory().textNode(invalid.text());
        }
        if (body instanceof ParsedBody.Empty) {
            return AdminJson.mapper().getNodeFactory().nullNode();
        }
        // a kind of body this server does not know yet still shows, as the engine describes it
        return AdminJson.mapper().getNodeFactory().textNode(body.toString());
    }
}
