package dev.mockapis.core.record.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.Callback;
import dev.mockapis.core.RequestFingerprint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes exchanges as a scenario file: one rule per operation and distinct request, matched by a
 * {@code request} condition, its responses in the order they came as steps (so a message fetched
 * while it went from queued to delivered keeps its lifecycle), streams as events with their gaps, and
 * the callbacks the provider made because of a call after its response.
 */
public final class RecordingWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Response headers about the connection, the CDN or the moment, not the API. */
    private static final Set<String> DROPPED_HEADERS = Set.of(
            "date",
            "server",
            "alt-svc",
            "via",
            "nel",
            "report-to",
            "cf-ray",
            "cf-cache-status",
            "strict-transport-security",
            "content-length",
            "transfer-encoding",
            "connection",
            "keep-alive");

    private final Predicate<String> redactsHeader;
    private final Predicate<String> redactsField;

    /**
     * A writer.
     *
     * @param redactsHeader whether a response header's value is replaced
     * @param redactsField whether a body field's value is replaced
     */
    public RecordingWriter(Predicate<String> redactsHeader, Predicate<String> redactsField) {
        this.redactsHeader = redactsHeader;
        this.redactsField = redactsField;
    }

    /** The recording as a YAML tree, body fields and headers redacted (secrets are the caller's). */
    public ObjectNode tree(String description, List<Exchange> exchanges) {
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        for (Exchange exchange : exchanges) {
            JsonNode request = redactRequest(exchange.request());
            String key = exchange.operation() + " " + request;
            ObjectNode rule = rules.computeIfAbsent(key, any -> {
                ObjectNode created = NODES.objectNode().put("operation", exchange.operation());
                created.putObject("when").set("request", request);
                created.putArray("steps");
                return created;
            });
            ObjectNode step = ((ArrayNode) rule.get("steps")).addObject();
            step.set("respond", response(exchange.response()));
            if (!exchange.callbacks().isEmpty()) {
                step.set("callbacks", callbacks(exchange.callbacks()));
            }
        }
        ObjectNode file = NODES.objectNode().put("description", description);
        ArrayNode list = file.putArray("rules");
        rules.values().forEach(list::add);
        return file;
    }

    private ObjectNode response(Observed observed) {
        ObjectNode respond = NODES.objectNode().put("status", observed.status());
        ObjectNode headers = NODES.objectNode();
        observed.headers().forEach((name, value) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!DROPPED_HEADERS.contains(lower)) {
                headers.put(lower, redactsHeader.test(lower) ? RequestFingerprint.REDACTED : value);
            }
        });
        if (!headers.isEmpty()) {
            respond.set("headers", headers);
        }
        if (observed.isStream()) {
            ArrayNode events = respond.putArray("events");
            for (TimedEvent timed : observed.events()) {
                ObjectNode event = events.addObject();
                if (timed.event().event() != null) {
                    event.put("event", timed.event().event());
                }
                event.set("data", data(timed.event().data()));
                event.put("after", timed.after().toMillis() + "ms");
            }
        } else if (observed.body().length > 0) {
            respond.set("body", data(observed.bodyText()));
        }
        return respond;
    }

    /** The callbacks after a response, their parameters redacted as body fields are. */
    private ArrayNode callbacks(List<Callback> callbacks) {
        ArrayNode list = NODES.arrayNode();
        for (Callback callback : callbacks) {
            ObjectNode params = NODES.objectNode();
            callback.params().forEach(params::put);
            list.addObject()
                    .<ObjectNode>set("params", redactBody(params))
                    .put("after", callback.after().toMillis() + "ms");
        }
        return list;
    }

    private JsonNode data(String text) {
        JsonNode json = Yaml.readJsonOrNull(text);
        return json == null ? NODES.textNode(text) : redactBody(json);
    }

    private JsonNode redactRequest(RequestFingerprint request) {
        ObjectNode node = (ObjectNode) Yaml.readJsonOrNull(request.toJson());
        for (String kind : List.of("json", "form")) {
            if (node.has(kind)) {
                node.set(kind, redactBody(node.get(kind)));
            }
        }
        return node;
    }

    /** Replaces the values of the configured body fields, at any depth. */
    private JsonNode redactBody(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.properties()
                    .forEach(field -> copy.set(
                            field.getKey(),
                            redactsField.test(field.getKey())
                                    ? NODES.textNode(RequestFingerprint.REDACTED)
                                    : redactBody(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(item -> copy.add(redactBody(item)));
            return copy;
        }
        return node;
    }
}
