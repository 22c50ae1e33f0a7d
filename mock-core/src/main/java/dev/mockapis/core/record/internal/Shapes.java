package dev.mockapis.core.record.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.RequestFingerprint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of JSON documents: each field's path ({@code choices[].message.content}) and the types
 * seen there. Array items share one path, so a list's items are compared as one shape.
 */
public final class Shapes {

    private static final String ANY = "any";

    private final Map<String, Set<String>> types = new TreeMap<>();

    /** Adds a document's fields to this shape. */
    public Shapes add(JsonNode node) {
        walk("", node);
        return this;
    }

    private void walk(String path, JsonNode node) {
        if (!path.isEmpty()) {
            types.computeIfAbsent(path, any -> new TreeSet<>()).add(type(node));
        }
        if (node.isObject()) {
            node.properties()
                    .forEach(field ->
                            walk(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue()));
        } else if (node.isArray()) {
            node.forEach(item -> walk(path + "[]", item));
        }
    }

    private static String type(JsonNode node) {
        if (node.isTextual() && RequestFingerprint.REDACTED.equals(node.asText())) {
            return ANY;
        }
        if (node.isObject()) {
            return "object";
        }
        if (node.isArray()) {
            return "array";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isNull() ? "null" : "string";
    }

    /**
     * How the live shape differs from this recorded one: new fields, missing fields and fields whose
     * type changed (null, which providers send for absent values, is no change; a redacted value
     * stands for any type). A field under a new or missing one is not listed again.
     */
    public List<String> changesTo(Shapes live) {
        List<String> out = new ArrayList<>();
        List<String> reported = new ArrayList<>();
        for (Map.Entry<String, Set<String>> field : live.types.entrySet()) {
            if (!types.containsKey(field.getKey()) && underNone(field.getKey(), reported)) {
                out.add("new field " + field.getKey() + " (" + String.join("|", field.getValue()) + ")");
                reported.add(field.getKey());
            }
        }
        for (Map.Entry<String, Set<String>> field : types.entrySet()) {
            if (!live.types.containsKey(field.getKey()) && underNone(field.getKey(), reported)) {
                out.add("missing field " + field.getKey() + " (was " + String.join("|", field.getValue()) + ")");
                reported.add(field.getKey());
            }
        }
        for (Map.Entry<String, Set<String>> field : types.entrySet()) {
            Set<String> now = live.types.get(field.getKey());
            if (now == null || field.getValue().contains(ANY)) {
                continue;
            }
            Set<String> before = withoutNull(field.getValue());
            Set<String> after = withoutNull(now);
            if (!before.isEmpty() && !after.isEmpty() && !before.equals(after)) {
                out.add("retyped field " + field.getKey() + ": " + String.join("|", before) + " -> "
                        + String.join("|", after));
            }
        }
        return out;
    }

    private static boolean underNone(String path, List<String> reported) {
        return reported.stream().noneMatch(parent -> path.startsWith(parent + ".") || path.startsWith(parent + "["));
    }

    private static Set<String> withoutNull(Set<String> set) {
        Set<String> copy = new TreeSet<>(set);
        copy.remove("null");
        return copy;
    }
}
