package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Responses API items: request input normalised into stored items (each with an id and a status, in the
 * shapes the API lists them back), the conversation text they carry, and OpenAI's checks that function
 * calls and their outputs pair up.
 */
final class ResponseItems {

    private static final List<String> ROLES = List.of("user", "assistant", "system", "developer");

    private final IdGenerator ids;

    ResponseItems(IdGenerator ids) {
        this.ids = ids;
    }

    /** The {@code input} of a create call (a string, or a list of items) as stored items. */
    List<ObjectNode> fromInput(@Nullable JsonNode input, String param) {
        List<ObjectNode> items = new ArrayList<>();
        if (input == null || input.isNull()) {
            return items;
        }
        if (input.isTextual()) {
            items.add(message("user", input.asText()));
            return items;
        }
        if (!input.isArray()) {
            throw OpenAiErrors.invalidType(param, "a string or an array", JsonBody.typeName(input));
        }
        for (int i = 0; i < input.size(); i++) {
            items.add(item(input.get(i), param + "[" + i + "]"));
        }
        return items;
    }

    /** A message item, as the API stores a plain-text input or output. */
    ObjectNode message(String role, String text) {
        ObjectNode item = JsonSupport.object();
        item.put("id", ids.messageItem());
        item.put("type", "message");
        item.put("status", "completed");
        item.put("role", role);
        ArrayNode content = item.putArray("content");
        content.add(textPart(role, text));
        return item;
    }

    private ObjectNode item(JsonNode raw, String path) {
        JsonBody body = JsonBody.nested(raw, path);
        String type = body.optionalString("type").orElse("message");
        ObjectNode item = body.json().deepCopy();
        switch (type) {
            case "message":
                return messageItem(body, item, path);
            case "function_call_output":
                body.requiredString("call_id");
                if (!body.has("output")) {
                    throw OpenAiErrors.missingParameter(path + ".output");
                }
                return withIdAndStatus(item, ids.functionCallItem());
            case "function_call":
                body.requiredString("call_id");
                body.requiredString("name");
                body.requiredString("arguments");
                return withIdAndStatus(item, ids.functionCallItem());
            case "item_reference":
                body.requiredString("id");
                return item;
            default:
                return withIdAndStatus(item, ids.messageItem());
        }
    }

    private ObjectNode messageItem(JsonBody body, ObjectNode item, String path) {
        String role = body.requiredString("role");
        if (!ROLES.contains(role)) {
            throw OpenAiErrors.invalidValue(path + ".role", role, ROLES);
        }
        JsonNode content = body.node("content").orElseThrow(() -> OpenAiErrors.missingParameter(path + ".content"));
        item.put("type", "message");
        if (content.isTextual()) {
            ArrayNode parts = JsonSupport.mapper().createArrayNode();
            parts.add(textPart(role, content.asText()));
            item.set("content", parts);
        } else if (role.equals("assistant")) {
            for (JsonNode part : content) {
                if (part.isObject() && "output_text".equals(part.path("type").asText()) && !part.has("annotations")) {
                    ((ObjectNode) part).putArray("annotations");
                }
            }
        }
        return withIdAndStatus(item, ids.messageItem());
    }

    private static ObjectNode textPart(String role, String text) {
        ObjectNode part = JsonSupport.object();
        if (role.equals("assistant")) {
            part.put("type", "output_text").put("text", text).putArray("annotations");
        } else {
            part.put("type", "input_text").put("text", text);
        }
        return part;
    }

    private static ObjectNode withIdAndStatus(ObjectNode item, String id) {
        if (!item.hasNonNull("id")) {
            item.put("id", id);
        }
        if (!item.hasNonNull("status")) {
            item.put("status", "completed");
        }
        return item;
    }

    /** The conversation text the items carry: their messages, oldest first. */
    static List<Turn.Message> messages(List<? extends JsonNode> items) {
        List<Turn.Message> messages = new ArrayList<>();
        for (JsonNode item : items) {
            if ("message".equals(item.path("type").asText("message")) && item.has("role")) {
                messages.add(new Turn.Message(item.get("role").asText(), text(item.get("content"))));
            }
        }
        return messages;
    }

    /**
     * The function outputs sent since the model last spoke, named after the calls they answer: the outputs
     * the items end with, also when the user's new messages follow them (the model answers those with the
     * outputs in hand rather than calling again).
     */
    static List<Turn.ToolResult> trailingToolResults(List<? extends JsonNode> items) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode item : items) {
            if ("function_call".equals(item.path("type").asText())) {
                names.put(item.path("call_id").asText(), item.path("name").asText());
            }
        }
        List<Turn.ToolResult> results = new ArrayList<>();
        for (int i = items.size() - 1; i >= 0; i--) {
            JsonNode item = items.get(i);
            String type = item.path("type").asText("message");
            if (type.equals("message") && !"assistant".equals(item.path("role").asText())) {
                continue;
            }
            if (!"function_call_output".equals(type)) {
                break;
            }
            String callId = item.path("call_id").asText();
            JsonNode output = item.get("output");
            results.add(
                    0,
                    new Turn.ToolResult(
                            callId, names.get(callId), output.isTextual() ? output.asText() : text(output)));
        }
        return results;
    }

    /**
     * OpenAI's pairing rules: every output answers a call made earlier, and calls left unanswered by the
     * history are answered in this input.
     */
    static void requirePairedCalls(List<? extends JsonNode> history, List<? extends JsonNode> input) {
        Set<String> calls = new LinkedHashSet<>();
        Set<String> answered = new LinkedHashSet<>();
        for (JsonNode item : history) {
            collect(item, calls, answered);
        }
        Set<String> unansweredBefore = new LinkedHashSet<>(calls);
        unansweredBefore.removeAll(answered);
        for (JsonNode item : input) {
            collect(item, calls, answered);
            if ("function_call_output".equals(item.path("type").asText())
                    && !calls.contains(item.path("call_id").asText())) {
                throw OpenAiErrors.badRequest(
                        "No tool call found for function call output with call_id "
                                + item.path("call_id").asText() + ".",
                        "input",
                        null);
            }
        }
        for (String call : unansweredBefore) {
            if (!answered.contains(call)) {
                throw OpenAiErrors.badRequest("No tool output found for function call " + call + ".", "input", null);
            }
        }
    }

    private static void collect(JsonNode item, Set<String> calls, Set<String> answered) {
        String type = item.path("type").asText();
        if (type.equals("function_call")) {
            calls.add(item.path("call_id").asText());
        } else if (type.equals("function_call_output")) {
            answered.add(item.path("call_id").asText());
        }
    }

    /** The text of a content list: text parts joined by newlines. */
    static String text(JsonNode content) {
        if (content == null || content.isNull()) {
            return "";
        }
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.has("text")) {
                text.append(text.length() == 0 ? "" : "\n")
                        .append(part.get("text").asText());
            }
        }
        return text.toString();
    }
}
