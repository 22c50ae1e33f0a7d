package dev.mockapis.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.FormEncoding;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What replay compares of a request: its method, its target (path and query as sent) and its body
 * (a JSON document, form parameters or text), written in a scenario file as
 *
 * <pre>
 * when:
 *   request:
 *     method: POST
 *     target: /v1/chat/completions
 *     json: { model: gpt-4o-mini, messages: [ ... ] }   # or form: { To: ..., Body: ... }, or text: ...
 *     ignore: [ metadata, /user ]                       # optional: fields left out of the comparison
 * </pre>
 *
 * A recorded value {@value #REDACTED} matches any value, so redacted fields never stop a match.
 * Fields to ignore are named ({@code metadata}: that field at any depth, form parameters included) or
 * given as JSON Pointers into the body ({@code /messages/0/content}).
 */
public final class RequestFingerprint {

    /** The text that stands for a redacted value; it matches any value. */
    public static final String REDACTED = "<redacted>";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> BODY_KINDS = Set.of("json", "form", "text");

    private final String method;
    private final String target;
    private final @Nullable String bodyKind;
    private final @Nullable JsonNode body;
    private final Set<String> ignored;

    private RequestFingerprint(
            String method, String target, @Nullable String bodyKind, @Nullable JsonNode body, Set<String> ignored) {
        this.method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        this.target = Objects.requireNonNull(target, "target");
        this.bodyKind = bodyKind;
        this.body = body;
        this.ignored = Set.copyOf(ignored);
    }

    /** The fingerprint of a request as it arrived. */
    public static RequestFingerprint of(FakeRequest request) {
        ParsedBody parsed = request.parsedBody();
        if (parsed instanceof ParsedBody.Json json) {
            return new RequestFingerprint(
                    request.method(), request.target(), "json", json.as(JsonNode.class), Set.of());
        }
        if (parsed instanceof ParsedBody.Form form) {
            return new RequestFingerprint(
                    request.method(), request.target(), "form", formNode(form.params()), Set.of());
        }
        if (parsed instanceof ParsedBody.Empty) {
            return new RequestFingerprint(request.method(), request.target(), null, null, Set.of());
        }
        return new RequestFingerprint(
                request.method(), request.target(), "text", NODES.textNode(request.bodyText()), Set.of());
    }

    /**
     * Reads a fingerprint from its JSON form ({@code {"method":…,"target":…,"json":…}}), as {@link #toJson()}
     * writes it and a scenario file's {@code request} condition holds it.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public static RequestFingerprint parse(String json) {
        try {
            return read(JsonSupport.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("A request fingerprint is a JSON object: " + e.getOriginalMessage());
        }
    }

    static RequestFingerprint read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected an object with method, target and json, form or text");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!field.equals("method")
                    && !field.equals("target")
                    && !field.equals("ignore")
                    && !BODY_KINDS.contains(field)) {
                throw new IllegalArgumentException(
                        "unknown field '" + field + "'; expected method, target, json, form, text, ignore");
            }
        }
        if (!node.path("method").isTextual() || !node.path("target").isTextual()) {
            throw new IllegalArgumentException("method and target are required");
        }
        String kind = null;
        JsonNode body = null;
        for (String candidate : BODY_KINDS) {
            if (node.has(candidate)) {
                if (kind != null) {
                    throw new IllegalArgumentException("a request has one body: json, form or text");
                }
                kind = candidate;
                body = node.get(candidate);
            }
        }
        if (body != null && "form".equals(kind)) {
            body = formValuesAsText(body);
        } else if (body != null && "text".equals(kind)) {
            body = NODES.textNode(body.asText());
        }
        Set<String> ignore = new LinkedHashSet<>();
        node.path("ignore").forEach(field -> ignore.add(field.asText()));
        return new RequestFingerprint(
                node.get("method").asText(), node.get("target").asText(), kind, body, ignore);
    }

    /** The HTTP method. */
    public String method() {
        return method;
    }

    /** The path and query as sent. */
    public String target() {
        return target;
    }

    /** {@code json}, {@code form} or {@code text}; empty for a request without a body. */
    public String bodyKind() {
        return bodyKind == null ? "" : bodyKind;
    }

    /** The body as a client sends it: JSON text, a form-encoded string, or the text; empty without a body. */
    public String bodyText() {
        if (body == null) {
            return "";
        }
        if ("json".equals(bodyKind)) {
            return JsonSupport.write(body);
        }
        if ("form".equals(bodyKind)) {
            Map<String, List<String>> params = new LinkedHashMap<>();
            body.properties().forEach(entry -> params.put(entry.getKey(), values(entry.getValue())));
            return FormEncoding.encode(params);
        }
        return body.asText();
    }

    /** The fields this fingerprint leaves out of comparisons, as its file says. */
    public Set<String> ignored() {
        return ignored;
    }

    /** This fingerprint with the given fields left out of comparisons too. */
    public RequestFingerprint ignoring(Set<String> fields) {
        Set<String> all = new LinkedHashSet<>(ignored);
        all.addAll(fields);
        return new RequestFingerprint(method, target, bodyKind, body, all);
    }

    /** Whether a request's fingerprint matches this recorded one: no {@linkplain #differences differences}. */
    public boolean accepts(RequestFingerprint actual) {
        return differences(actual).isEmpty();
    }

    /**
     * How a request differs from this recorded one, one line per difference, such as
     * {@code json/messages/1/content: recorded "Hi", requested "Hello"}; empty when it matches.
     */
    public List<String> differences(RequestFingerprint actual) {
        List<String> out = new ArrayList<>();
        if (!method.equals(actual.method)) {
            out.add("method: recorded " + method + ", requested " + actual.method);
        }
        if (!target.equals(actual.target)) {
            out.add("target: recorded " + target + ", requested " + actual.target);
        }
        if (!Objects.equals(bodyKind, actual.bodyKind)) {
            out.add("body: recorded " + describeKind(bodyKind) + ", requested " + describeKind(actual.bodyKind));
            return out;
        }
        if (body != null && bodyKind != null) {
            compare(bodyKind, "", body, actual.body, out);
        }
        return out;
    }

    /** The JSON form {@link #parse} reads. */
    public String toJson() {
        return JsonSupport.write(toNode());
    }

    ObjectNode toNode() {
        ObjectNode node = NODES.objectNode().put("method", method).put("target", target);
        if (body != null) {
            node.set(bodyKind, body.deepCopy());
        }
        if (!ignored.isEmpty()) {
            ArrayNode ignore = node.putArray("ignore");
            ignored.forEach(ignore::add);
        }
        return node;
    }

    private void compare(String at, String pointer, JsonNode recorded, @Nullable JsonNode requested, List<String> out) {
        if (isIgnored(pointer) || (recorded.isTextual() && REDACTED.equals(recorded.asText()))) {
            return;
        }
        if (requested == null || requested.isMissingNode()) {
            out.add(at + ": recorded " + brief(recorded) + ", missing from the request");
            return;
        }
        if (recorded.isObject() && requested.isObject()) {
            Set<String> names = new LinkedHashSet<>();
            recorded.fieldNames().forEachRemaining(names::add);
            requested.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name;
                if (isIgnored(child)) {
                    continue;
                }
                if (!recorded.has(name)) {
                    out.add(at + "/" + name + ": not recorded, requested " + brief(requested.get(name)));
                } else {
                    compare(at + "/" + name, child, recorded.get(name), requested.get(name), out);
                }
            }
            return;
        }
        if (recorded.isArray() && requested.isArray()) {
            int common = Math.min(recorded.size(), requested.size());
            for (int i = 0; i < common; i++) {
                compare(at + "/" + i, pointer + "/" + i, recorded.get(i), requested.get(i), out);
            }
            if (recorded.size() != requested.size()) {
                out.add(at + ": recorded " + recorded.size() + " items, requested " + requested.size());
            }
            return;
        }
        if (!sameValue(recorded, requested)) {
            out.add(at + ": recorded " + brief(recorded) + ", requested " + brief(requested));
        }
    }

    private boolean isIgnored(String pointer) {
        if (pointer.isEmpty()) {
            return false;
        }
        String name = pointer.substring(pointer.lastIndexOf('/') + 1);
        return ignored.contains(pointer) || ignored.contains(name);
    }

    private static boolean sameValue(JsonNode recorded, JsonNode requested) {
        if (recorded.isNumber() && requested.isNumber()) {
            return recorded.decimalValue().compareTo(requested.decimalValue()) == 0;
        }
        return recorded.equals(requested);
    }

    private static String brief(JsonNode node) {
        String text = JsonSupport.write(node);
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static String describeKind(@Nullable String kind) {
        return kind == null ? "no body" : "a " + kind + " body";
    }

    private static ObjectNode formNode(Map<String, List<String>> params) {
        ObjectNode form = NODES.objectNode();
        params.forEach((name, values) -> {
            if (values.size() == 1) {
                form.put(name, values.get(0));
            } else {
                ArrayNode list = form.putArray(name);
                values.forEach(list::add);
            }
        });
        return form;
    }

    private static JsonNode formValuesAsText(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new IllegalArgumentException("form: expected the parameters by name");
        }
        ObjectNode form = NODES.objectNode();
        body.properties().forEach(entry -> {
            if (entry.getValue().isArray()) {
                ArrayNode list = form.putArray(entry.getKey());
                entry.getValue().forEach(value -> list.add(value.asText()));
            } else {
                form.put(entry.getKey(), entry.getValue().asText());
            }
        });
        return form;
    }

    private static List<String> values(JsonNode value) {
        List<String> out = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(item -> out.add(item.asText()));
        } else {
            out.add(value.asText());
        }
        return out;
    }

    @Override
    public String toString() {
        return method + " " + target + (body == null ? "" : " " + brief(body));
    }
}
