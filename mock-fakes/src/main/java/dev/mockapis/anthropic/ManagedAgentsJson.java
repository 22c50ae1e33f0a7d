package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.JsonSupport;
import java.util.Map;

/** The request reading the managed agents' resources share: bodies, required fields, metadata. */
final class ManagedAgentsJson {

    private ManagedAgentsJson() {}

    /** The JSON body, an empty object when there is none. */
    static JsonNode body(ApiCall call) {
        if (!call.request().hasBody()) {
            return JsonSupport.object();
        }
        JsonNode body = call.request().json(JsonNode.class);
        if (!body.isObject()) {
            throw invalid("Input should be a valid dictionary");
        }
        return body;
    }

    /** A required non-empty string field, refused in the API's words when it is missing. */
    static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw invalid(field + ": Field required");
        }
        if (!value.isTextual()) {
            throw invalid(field + ": Input should be a valid string");
        }
        return value.asText();
    }

    /** An optional string field as it is printed: the string, or null. */
    static JsonNode textOrNull(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value != null && value.isTextual() ? TextNode.valueOf(value.asText()) : NullNode.getInstance();
    }

    /** The {@code metadata} of a create: string values only, an empty object when there is none. */
    static ObjectNode metadata(JsonNode requested) {
        return merge(JsonSupport.object(), requested);
    }

    /** Metadata merged into the current: each key set, a null value removing its key. */
    static ObjectNode merge(ObjectNode current, JsonNode update) {
        ObjectNode merged = current.deepCopy();
        if (update == null || update.isNull()) {
            return merged;
        }
        if (!update.isObject()) {
            throw invalid("metadata: Input should be a valid dictionary");
        }
        for (Map.Entry<String, JsonNode> field : update.properties()) {
            if (field.getValue().isNull()) {
                merged.remove(field.getKey());
            } else if (field.getValue().isTextual()) {
                merged.put(field.getKey(), field.getValue().asText());
            } else {
                throw invalid("metadata." + field.getKey() + ": Input should be a valid string");
            }
        }
        return merged;
    }

    /** Whether a list asks for archived resources too. */
    static boolean includeArchived(ApiCall call) {
        return call.request()
                .queryParam("include_archived")
                .filter("true"::equalsIgnoreCase)
                .isPresent();
    }

    static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(AnthropicErrors.invalidRequest(message));
    }

    static ProviderErrorException notFound(String message) {
        return new ProviderErrorException(AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, message));
    }
}
