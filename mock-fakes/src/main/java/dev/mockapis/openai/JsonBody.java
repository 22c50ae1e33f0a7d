package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.internal.JsonSupport;
import java.util.Optional;

/**
 * A request's JSON object, read field by field with OpenAI's validation errors: a missing field names
 * the {@code param}, a value of the wrong type says what was expected and what came.
 */
final class JsonBody {

    private final ObjectNode json;
    private final String path;

    private JsonBody(ObjectNode json, String path) {
        this.json = json;
        this.path = path;
    }

    /** The body of a request; no body at all reads as an empty object, as OpenAI does. */
    static JsonBody of(FakeRequest request) {
        if (!request.hasBody()) {
            return new JsonBody(JsonSupport.object(), "");
        }
        JsonNode node = request.json(JsonNode.class);
        if (!node.isObject()) {
            throw OpenAiErrors.invalidType("body", "an object", typeName(node));
        }
        return new JsonBody((ObjectNode) node, "");
    }

    /** A nested object, whose errors name its path ({@code thread.messages}). */
    static JsonBody nested(JsonNode node, String path) {
        if (!node.isObject()) {
            throw OpenAiErrors.invalidType(path, "an object", typeName(node));
        }
        return new JsonBody((ObjectNode) node, path + ".");
    }

    ObjectNode json() {
        return json;
    }

    boolean has(String name) {
        JsonNode node = json.get(name);
        return node != null && !node.isNull();
    }

    Optional<JsonNode> node(String name) {
        JsonNode node = json.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    String requiredString(String name) {
        return optionalString(name).orElseThrow(() -> OpenAiErrors.missingParameter(path + name));
    }

    Optional<String> optionalString(String name) {
        return node(name).map(node -> {
            if (!node.isTextual()) {
                throw OpenAiErrors.invalidType(path + name, "a string", typeName(node));
            }
            return node.asText();
        });
    }

    ArrayNode requiredArray(String name) {
        return optionalArray(name).orElseThrow(() -> OpenAiErrors.missingParameter(path + name));
    }

    Optional<ArrayNode> optionalArray(String name) {
        return node(name).map(node -> {
            if (!node.isArray()) {
                throw OpenAiErrors.invalidType(path + name, "an array", typeName(node));
            }
            return (ArrayNode) node;
        });
    }

    Optional<ObjectNode> optionalObject(String name) {
        return node(name).map(node -> {
            if (!node.isObject()) {
                throw OpenAiErrors.invalidType(path + name, "an object", typeName(node));
            }
            return (ObjectNode) node;
        });
    }

    boolean bool(String name, boolean fallback) {
        return node(name)
                .map(node -> {
                    if (!node.isBoolean()) {
                        throw OpenAiErrors.invalidType(path + name, "a boolean", typeName(node));
                    }
                    return node.asBoolean();
                })
                .orElse(fallback);
    }

    Optional<Integer> integer(String name) {
        return node(name).map(node -> {
            if (!node.canConvertToInt() || !node.isIntegralNumber()) {
                throw OpenAiErrors.invalidType(path + name, "an integer", typeName(node));
            }
            return node.asInt();
        });
    }

    Optional<Double> number(String name) {
        return node(name).map(node -> {
            if (!node.isNumber()) {
                throw OpenAiErrors.invalidType(path + name, "a number", typeName(node));
            }
            return node.asDouble();
        });
    }

    /** The metadata object, or an empty one; OpenAI allows at most 16 keys. */
    ObjectNode metadata() {
        ObjectNode metadata =
                optionalObject("metadata").map(ObjectNode::deepCopy).orElseGet(JsonSupport::object);
        if (metadata.size() > 16) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'metadata': too many properties. Expected an object with at most 16 properties,"
                            + " but got an object with " + metadata.size() + " properties instead.",
                    path + "metadata",
                    "object_above_max_properties");
        }
        return metadata;
    }

    static String typeName(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer";
        }
        if (node.isNumber()) {
            return "a decimal";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return "null";
    }
}
