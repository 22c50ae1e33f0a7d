package dev.mockapis.core.conversation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a value that satisfies a JSON Schema, deterministically, as a model would for tool arguments
 * or structured output. Reads JSON Schema and the OpenAPI subset Gemini uses (upper-case types,
 * {@code nullable}): objects with every property, arrays, enums and consts, unions, {@code $ref}s,
 * string formats and numeric bounds.
 */
final class SchemaSampler {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 12;

    private final JsonNode root;
    private String text;

    private SchemaSampler(JsonNode root, String text) {
        this.root = root;
        this.text = text;
    }

    /** A value for the schema; {@code null} or an empty schema gives an empty object. */
    static JsonNode sample(JsonNode schema) {
        return sample(schema, null);
    }

    /** A value for the schema whose first free-form string is the given text. */
    static JsonNode sample(JsonNode schema, String text) {
        if (schema == null || !schema.isObject() || schema.isEmpty()) {
            return NODES.objectNode();
        }
        return new SchemaSampler(schema, text).value(schema, "value", 0);
    }

    private JsonNode value(JsonNode schema, String name, int depth) {
        if (depth > MAX_DEPTH || schema == null || !schema.isObject()) {
            return NODES.nullNode();
        }
        if (schema.has("$ref")) {
            return value(resolve(schema.get("$ref").asText()), name, depth + 1);
        }
        if (schema.has("const")) {
            return schema.get("const").deepCopy();
        }
        if (schema.path("enum").size() > 0) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (schema.has("default")) {
            return schema.get("default").deepCopy();
        }
        for (String union : new String[] {"anyOf", "oneOf"}) {
            if (schema.path(union).size() > 0) {
                return value(firstNotNull(schema.get(union)), name, depth + 1);
            }
        }
        if (schema.path("allOf").size() > 0) {
            return allOf(schema.get("allOf"), name, depth);
        }
        switch (type(schema)) {
            case "array":
                return array(schema, name, depth);
            case "string":
                return NODES.textNode(string(schema, name));
            case "integer":
                return NODES.numberNode((long) Math.ceil(number(schema)));
            case "number":
                return NODES.numberNode(number(schema));
            case "boolean":
                return NODES.booleanNode(true);
            case "null":
                return NODES.nullNode();
            default:
                return object(schema, depth);
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("items") ? "array" : "object";
        }
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asText().equalsIgnoreCase("null")) {
                    return option.asText().toLowerCase(Locale.ROOT);
                }
            }
            return "null";
        }
        return type.asText().toLowerCase(Locale.ROOT);
    }

    private static JsonNode firstNotNull(JsonNode options) {
        for (JsonNode option : options) {
            if (!option.path("type").asText().equalsIgnoreCase("null")) {
                return option;
            }
        }
        return options.get(0);
    }

    private JsonNode allOf(JsonNode parts, String name, int depth) {
        ObjectNode merged = NODES.objectNode();
        for (JsonNode part : parts) {
            JsonNode value = value(part, name, depth + 1);
            if (!value.isObject()) {
                return value;
            }
            merged.setAll((ObjectNode) value);
        }
        return merged;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it =
                        schema.path("properties").properties().iterator();
                it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            object.set(property.getKey(), value(property.getValue(), property.getKey(), depth + 1));
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String name, int depth) {
        ArrayNode array = NODES.arrayNode();
        int count = Math.max(1, schema.path("minItems").asInt(1));
        if (schema.has("maxItems")) {
            count = Math.min(count, schema.get("maxItems").asInt());
        }
        JsonNode items = schema.get("items");
        for (int i = 0; i < count; i++) {
            array.add(items == null ? NODES.textNode(name) : value(items, singular(name), depth + 1));
        }
        return array;
    }

    private String string(JsonNode schema, String name) {
        String candidate = formatted(schema.path("format").asText(""));
        if (candidate == null && text != null && !schema.has("pattern")) {
            candidate = text;
            text = null;
        }
        if (candidate == null) {
            candidate = "sample " + name.replace('_', ' ');
        }
        candidate = matching(schema, candidate);
        StringBuilder padded = new StringBuilder(candidate);
        while (padded.length() < schema.path("minLength").asInt(0)) {
            padded.append('x');
        }
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        return padded.length() > max ? padded.substring(0, max) : padded.toString();
    }

    private static String formatted(String format) {
        switch (format) {
            case "date-time":
                return "2024-01-01T12:00:00Z";
            case "date":
                return "2024-01-01";
            case "time":
                return "12:00:00";
            case "email":
                return "user@example.com";
            case "uri":
            case "url":
                return "https://example.com";
            case "uuid":
                return "123e4567-e89b-42d3-a456-426614174000";
            case "ipv4":
                return "192.0.2.1";
            default:
                return null;
        }
    }

    private static String matching(JsonNode schema, String candidate) {
        if (!schema.has("pattern")) {
            return candidate;
        }
        try {
            java.util.regex.Pattern pattern =
                    java.util.regex.Pattern.compile(schema.get("pattern").asText());
            for (String option :
                    new String[] {candidate, "a", "A", "1", "a1", "A1", "abc", "ABC", "123", "2024-01-01"}) {
                if (pattern.matcher(option).find()) {
                    return option;
                }
            }
        } catch (java.util.regex.PatternSyntaxException e) {
            return candidate;
        }
        return candidate;
    }

    private static double number(JsonNode schema) {
        double value = 1;
        if (schema.path("minimum").isNumber()) {
            value = schema.get("minimum").asDouble();
        } else if (schema.path("exclusiveMinimum").isNumber()) {
            value = schema.get("exclusiveMinimum").asDouble() + 1;
        }
        if (schema.path("maximum").isNumber() && value > schema.get("maximum").asDouble()) {
            value = schema.get("maximum").asDouble();
        }
        if (schema.path("exclusiveMaximum").isNumber()
                && value >= schema.get("exclusiveMaximum").asDouble()) {
            value = schema.get("exclusiveMaximum").asDouble() - 0.5;
        }
        return value;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            return NODES.objectNode();
        }
        JsonNode target = root.at(ref.substring(1));
        return target.isMissingNode() ? NODES.objectNode() : target;
    }

    private static String singular(String name) {
        return name.endsWith("s") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }
}
