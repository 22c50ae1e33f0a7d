package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.mockapis.core.conversation.internal.Turn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Chat Completions request into a {@link Turn}, checking the messages as OpenAI does: known
 * roles, tool messages answering a preceding assistant message's {@code tool_calls}, and every such
 * call answered.
 */
final class ChatTranscript {

    private static final List<String> ROLES = List.of("system", "assistant", "user", "function", "tool", "developer");

    private ChatTranscript() {}

    static Turn read(String operationId, JsonBody body) {
        String model = body.requiredString("model");
        ArrayNode messages = body.requiredArray("messages");
        if (messages.isEmpty()) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty"
                            + " array instead.",
                    "messages",
                    "empty_array");
        }
        List<Turn.Message> transcript = new ArrayList<>();
        List<String> instructions = new ArrayList<>();
        Map<String, String> toolNamesByCallId = new HashMap<>();
        Set<String> unanswered = new LinkedHashSet<>();
        int unansweredAt = -1;
        List<Turn.ToolResult> trailingResults = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String path = "messages[" + i + "]";
            JsonBody message = JsonBody.nested(messages.get(i), path);
            String role = message.requiredString("role");
            if (!ROLES.contains(role)) {
                throw OpenAiErrors.invalidValue(path + ".role", role, ROLES);
            }
            String text = text(message.node("content").orElse(null));
            if (!role.equals("tool") && !unanswered.isEmpty()) {
                throw OpenAiErrors.badRequest(
                        "An assistant message with 'tool_calls' must be followed by tool messages responding to each"
                                + " 'tool_call_id'. The following tool_call_ids did not have response messages: "
                                + String.join(", ", unanswered),
                        "messages.[" + unansweredAt + "].role",
                        null);
            }
            if (role.equals("tool")) {
                String callId = message.requiredString("tool_call_id");
                if (!toolNamesByCallId.containsKey(callId) || unansweredAt < 0) {
                    // "preceeding" is how OpenAI spells it in this message.
                    throw OpenAiErrors.badRequest(
                            "Invalid parameter: messages with role 'tool' must be a response to a preceeding message"
                                    + " with 'tool_calls'.",
                            "messages.[" + i + "].role",
                            null);
                }
                unanswered.remove(callId);
                trailingResults.add(new Turn.ToolResult(callId, toolNamesByCallId.get(callId), text));
            } else {
                if (role.equals("assistant")) {
                    // outputs followed only by the user's new words are still the ones the model answers with
                    trailingResults.clear();
                }
                unansweredAt = -1;
            }
            if (role.equals("system") || role.equals("developer")) {
                instructions.add(text);
            }
            if (role.equals("assistant")) {
                for (JsonNode call : message.optionalArray("tool_calls").orElseGet(() -> messages.arrayNode())) {
                    String id = call.path("id").asText();
                    toolNamesByCallId.put(id, call.path("function").path("name").asText(null));
                    unanswered.add(id);
                    unansweredAt = i;
                }
            }
            transcript.add(new Turn.Message(role, text));
        }
        if (!unanswered.isEmpty()) {
            throw OpenAiErrors.badRequest(
                    "An assistant message with 'tool_calls' must be followed by tool messages responding to each"
                            + " 'tool_call_id'. The following tool_call_ids did not have response messages: "
                            + String.join(", ", unanswered),
                    "messages.[" + unansweredAt + "].role",
                    null);
        }
        return new Turn(
                operationId,
                model,
                null,
                null,
                instructions.isEmpty() ? null : String.join("\n", instructions),
                transcript,
                ToolChoices.offered(tools(body), body.node("tool_choice").orElse(null)),
                trailingResults,
                outputSchema(body),
                maxTokens(body),
                stopSequences(body),
                false,
                ToolChoices.required(body.node("tool_choice").orElse(null)));
    }

    /** {@code max_completion_tokens}, or the older {@code max_tokens}, when given. */
    private static @Nullable Integer maxTokens(JsonBody body) {
        return body.integer("max_completion_tokens")
                .or(() -> body.integer("max_tokens"))
                .orElse(null);
    }

    /** {@code stop}: one text or a list of them. */
    private static List<String> stopSequences(JsonBody body) {
        JsonNode stop = body.node("stop").orElse(null);
        if (stop == null || stop.isNull()) {
            return List.of();
        }
        List<String> sequences = new ArrayList<>();
        if (stop.isTextual()) {
            sequences.add(stop.asText());
        } else {
            stop.forEach(sequence -> sequences.add(sequence.asText()));
        }
        return sequences;
    }

    /** A message's text: the string, or its text parts joined. */
    static String text(@Nullable JsonNode content) {
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

    private static List<Turn.Tool> tools(JsonBody body) {
        List<Turn.Tool> tools = new ArrayList<>();
        ArrayNode declared = body.optionalArray("tools").orElse(null);
        if (declared == null) {
            return tools;
        }
        for (int i = 0; i < declared.size(); i++) {
            String path = "tools[" + i + "]";
            JsonBody tool = JsonBody.nested(declared.get(i), path);
            if (!"function".equals(tool.optionalString("type").orElse("function"))) {
                continue;
            }
            JsonBody function = JsonBody.nested(
                    tool.optionalObject("function")
                            .orElseThrow(() -> OpenAiErrors.missingParameter(path + ".function")),
                    path + ".function");
            tools.add(new Turn.Tool(
                    function.requiredString("name"),
                    function.optionalString("description").orElse(null),
                    function.node("parameters").orElse(null)));
        }
        return tools;
    }

    private static @Nullable JsonNode outputSchema(JsonBody body) {
        JsonBody format = body.optionalObject("response_format")
                .map(node -> JsonBody.nested(node, "response_format"))
                .orElse(null);
        if (format == null) {
            return null;
        }
        String type = format.requiredString("type");
        switch (type) {
            case "text":
                return null;
            case "json_object":
                return ResponseFormats.jsonObject();
            case "json_schema":
                JsonBody schema = JsonBody.nested(
                        format.optionalObject("json_schema")
                                .orElseThrow(() -> OpenAiErrors.missingParameter("response_format.json_schema")),
                        "response_format.json_schema");
                schema.requiredString("name");
                return schema.node("schema").orElseGet(ResponseFormats::jsonObject);
            default:
                throw OpenAiErrors.invalidValue(
                        "response_format.type", type, List.of("text", "json_object", "json_schema"));
        }
    }
}
