package dev.mockapis.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * One node of a {@link RequestSchema}: the JSON types a value may have there, an object's properties
 * (closed unless marked open), which are required, an array's items, or alternatives. Nodes naming a
 * definition are resolved when checked, so definitions may be recursive.
 */
final class SchemaNode {

    private static final int MAX_TEXT = 60;

    private final String ref;
    private final Set<String> types;
    private final Map<String, SchemaNode> properties;
    private final List<String> required;
    private final boolean open;
    private final SchemaNode items;
    private final List<SchemaNode> anyOf;
    private final Set<String> enumValues;

    private SchemaNode(
            String ref,
            Set<String> types,
            Map<String, SchemaNode> properties,
            List<String> required,
            boolean open,
            SchemaNode items,
            List<SchemaNode> anyOf,
            Set<String> enumValues) {
        this.ref = ref;
        this.types = types;
        this.properties = properties;
        this.required = required;
        this.open = open;
        this.items = items;
        this.anyOf = anyOf;
        this.enumValues = enumValues;
    }

    /** Reads a node of the compact table format. */
    static SchemaNode read(JsonNode json) {
        if (json.has("ref")) {
            return new SchemaNode(
                    json.get("ref").asText(), Set.of(), Map.of(), List.of(), true, null, List.of(), Set.of());
        }
        Set<String> types = new java.util.LinkedHashSet<>();
        json.path("type").forEach(type -> types.add(type.asText()));
        Map<String, SchemaNode> properties = new LinkedHashMap<>();
        json.path("properties").properties().forEach(entry -> properties.put(entry.getKey(), read(entry.getValue())));
        List<String> required = new ArrayList<>();
        json.path("required").forEach(name -> required.add(name.asText()));
        List<SchemaNode> anyOf = new ArrayList<>();
        json.path("anyOf").forEach(alternative -> anyOf.add(read(alternative)));
        Set<String> enumValues = new java.util.LinkedHashSet<>();
        json.path("enum").forEach(value -> enumValues.add(value.asText()));
        return new SchemaNode(
                null,
                Set.copyOf(types),
                Map.copyOf(properties),
                List.copyOf(required),
                json.path("open").asBoolean(properties.isEmpty()),
                json.has("items") ? read(json.get("items")) : null,
                List.copyOf(anyOf),
                Set.copyOf(enumValues));
    }

    /**
     * What a check needs besides the value: the definitions, how to read a property name, and whether a
     * single value stands for a list of one.
     */
    record Context(Map<String, SchemaNode> definitions, UnaryOperator<String> alias, boolean singleForList) {
        SchemaNode resolve(SchemaNode node) {
            SchemaNode current = node;
            for (int hops = 0; current.ref != null && hops < 64; hops++) {
                SchemaNode target = definitions.get(current.ref);
                if (target == null) {
                    throw new IllegalStateException("The request table has no definition " + current.ref);
                }
                current = target;
            }
            return current;
        }
    }

    /** The first thing the provider would refuse in a value at a path, or {@code null}. */
    RequestViolation check(JsonNode value, List<Object> path, Context context) {
        SchemaNode node = context.resolve(this);
        if (value.isNull()) {
            return null;
        }
        if (node.anyOf.isEmpty()) {
            return node.checkConcrete(value, path, context);
        }
        List<SchemaNode> alternatives = new ArrayList<>();
        node.flatten(context, alternatives);
        List<SchemaNode> candidates = alternatives.stream()
                .filter(alternative -> alternative.admits(value))
                .toList();
        if (candidates.isEmpty()) {
            List<String> expected = new ArrayList<>();
            alternatives.forEach(alternative -> alternative.describe(context, expected));
            return invalidType(path, expected, value);
        }
        candidates = discriminated(candidates, value, context);
        RequestViolation best = null;
        for (SchemaNode candidate : candidates) {
            RequestViolation violation = candidate.checkConcrete(value, path, context);
            if (violation == null) {
                return null;
            }
            if (best == null || violation.path().size() > best.path().size()) {
                best = violation;
            }
        }
        return best;
    }

    private RequestViolation checkConcrete(JsonNode value, List<Object> path, Context context) {
        if (context.singleForList() && !value.isArray() && types.contains("array") && items != null && !admits(value)) {
            return items.check(value, path, context);
        }
        if (!admits(value)) {
            List<String> expected = new ArrayList<>();
            describe(context, expected);
            return invalidType(path, expected, value);
        }
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                SchemaNode property = property(field.getKey(), context);
                List<Object> at = append(path, field.getKey());
                if (property == null) {
                    if (!open) {
                        return new RequestViolation(RequestViolation.Kind.UNKNOWN_PARAMETER, at, List.of(), "", "");
                    }
                    continue;
                }
                RequestViolation violation = property.check(field.getValue(), at, context);
                if (violation != null) {
                    return violation;
                }
            }
            for (String name : required) {
                if (!has(value, name, context)) {
                    return new RequestViolation(
                            RequestViolation.Kind.MISSING_PARAMETER, append(path, name), List.of(), "", "");
                }
            }
        }
        if (value.isArray() && items != null) {
            for (int i = 0; i < value.size(); i++) {
                RequestViolation violation = items.check(value.get(i), append(path, i), context);
                if (violation != null) {
                    return violation;
                }
            }
        }
        return null;
    }

    private SchemaNode property(String name, Context context) {
        SchemaNode property = properties.get(name);
        return property != null ? property : properties.get(context.alias().apply(name));
    }

    private static boolean has(JsonNode value, String name, Context context) {
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if ((field.getKey().equals(name)
                            || context.alias().apply(field.getKey()).equals(name))
                    && !field.getValue().isNull()) {
                return true;
            }
        }
        return false;
    }

    private void flatten(Context context, List<SchemaNode> into) {
        SchemaNode node = context.resolve(this);
        if (node.anyOf.isEmpty()) {
            into.add(node);
        } else {
            node.anyOf.forEach(alternative -> alternative.flatten(context, into));
        }
    }

    /** Among object alternatives, those whose constant properties (such as {@code type}) the value matches. */
    private static List<SchemaNode> discriminated(List<SchemaNode> candidates, JsonNode value, Context context) {
        if (!value.isObject() || candidates.size() < 2) {
            return candidates;
        }
        List<SchemaNode> matching = new ArrayList<>();
        for (SchemaNode candidate : candidates) {
            boolean fits = true;
            for (Map.Entry<String, SchemaNode> property : candidate.properties.entrySet()) {
                SchemaNode target = context.resolve(property.getValue());
                JsonNode given = value.get(property.getKey());
                if (!target.enumValues.isEmpty()
                        && given != null
                        && given.isTextual()
                        && !target.enumValues.contains(given.asText())) {
                    fits = false;
                }
            }
            if (fits) {
                matching.add(candidate);
            }
        }
        return matching.isEmpty() ? candidates : matching;
    }

    private boolean admits(JsonNode value) {
        if (types.isEmpty()) {
            return properties.isEmpty() || value.isObject();
        }
        return types.contains(typeOf(value)) || value.isIntegralNumber() && types.contains("number");
    }

    private void describe(Context context, List<String> into) {
        if (types.isEmpty() && !properties.isEmpty()) {
            add(into, "object");
        }
        for (String type : types) {
            if (type.equals("array") && items != null) {
                List<String> itemTypes = new ArrayList<>();
                context.resolve(items).describeFlat(context, itemTypes);
                add(into, itemTypes.size() == 1 ? "array<" + itemTypes.get(0) + ">" : "array");
            } else {
                add(into, type);
            }
        }
    }

    private void describeFlat(Context context, List<String> into) {
        List<SchemaNode> alternatives = new ArrayList<>();
        flatten(context, alternatives);
        for (SchemaNode alternative : alternatives) {
            if (alternative.types.isEmpty() && !alternative.properties.isEmpty()) {
                add(into, "object");
            }
            alternative.types.stream().filter(t -> !t.equals("null")).forEach(t -> add(into, t));
        }
    }

    private static void add(List<String> into, String type) {
        if (!into.contains(type)) {
            into.add(type);
        }
    }

    private static RequestViolation invalidType(List<Object> path, List<String> expected, JsonNode value) {
        List<String> shown = expected.stream().filter(t -> !t.equals("null")).toList();
        String text = value.toString();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "...";
        }
        return new RequestViolation(
                RequestViolation.Kind.INVALID_TYPE, path, shown.isEmpty() ? expected : shown, typeOf(value), text);
    }

    static String typeOf(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        if (value.isObject()) {
            return "object";
        }
        return "null";
    }

    private static List<Object> append(List<Object> path, Object element) {
        List<Object> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(element);
        return longer;
    }
}
