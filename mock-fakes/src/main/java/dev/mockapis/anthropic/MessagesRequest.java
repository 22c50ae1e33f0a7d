package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.conversation.internal.Turn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A Messages API request body, checked as Anthropic checks it and read into a provider-neutral
 * {@link Turn}: system prompt, text, {@code tool_use} and {@code tool_result} blocks, tools, structured
 * output, {@code max_tokens} and {@code stop_sequences}.
 *
 * @param turn the turn the request asks for
 * @param stream whether the answer is to be streamed
 */
record MessagesRequest(Turn turn, boolean stream) {

    /**
     * Reads and checks a request.
     *
     * @param operationId the operation, {@code messages.create} or {@code messages.count_tokens}
     * @param body the request body
     * @throws ProviderErrorException with Anthropic's error for an invalid request
     */
    static MessagesRequest read(String operationId, JsonNode body) {
        if (!body.isObject()) {
            throw invalid("Input should be a valid dictionary or object to extract fields from");
        }
        String model = requiredText(body, "model");
        boolean counting = operationId.equals(AnthropicFake.COUNT_TOKENS);
        Turn.Builder turn = Turn.builder(operationId, model);
        if (!counting) {
            JsonNode maxTokens = body.get("max_tokens");
            if (maxTokens == null || maxTokens.isNull()) {
                throw invalid("max_tokens: Field required");
            }
            if (!maxTokens.canConvertToInt() || maxTokens.asInt() < 1) {
                throw invalid("max_tokens: Input should be greater than or equal to 1");
            }
            turn.maxOutputTokens(maxTokens.asInt());
        }
        turn.instructions(system(body.get("system")));
        boolean thinking =
                thinking(body.path("thinking"), body.path("max_tokens").asInt(Integer.MAX_VALUE), counting);
        turn.reasoning(thinking);
        readMessages(body.get("messages"), turn, thinking);
        readTools(body.path("tools"), body.path("tool_choice"), turn);
        body.path("stop_sequences").forEach(stop -> turn.stopSequence(stop.asText()));
        JsonNode format = body.path("output_config").path("format");
        if (format.path("type").asText().equals("json_schema")) {
            turn.outputSchema(format.get("schema"));
        }
        if (!model.startsWith("claude-")) {
            throw new ProviderErrorException(AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, "model: " + model));
        }
        return new MessagesRequest(
                turn.build(), !counting && body.path("stream").asBoolean(false));
    }

    private static @Nullable String system(@Nullable JsonNode system) {
        if (system == null || system.isNull()) {
            return null;
        }
        if (system.isTextual()) {
            return system.asText();
        }
        return texts(system);
    }

    /** Whether extended thinking is on, checking its budget as Anthropic does. */
    private static boolean thinking(JsonNode thinking, int maxTokens, boolean counting) {
        String type = thinking.path("type").asText("disabled");
        if (type.equals("enabled")) {
            JsonNode budget = thinking.get("budget_tokens");
            if (budget == null || !budget.canConvertToInt()) {
                throw invalid("thinking.enabled.budget_tokens: Field required");
            }
            if (budget.asInt() < 1024) {
                throw invalid("thinking.enabled.budget_tokens: Input should be greater than or equal to 1024");
            }
            if (!counting && budget.asInt() >= maxTokens) {
                throw invalid(
                        "`max_tokens` must be greater than `thinking.budget_tokens`. Please consult our documentation at "
                                + "https://docs.claude.com/en/docs/build-with-claude/extended-thinking#max-tokens-and-context-window-size");
            }
        }
        return !type.equals("disabled");
    }

    private static void readMessages(JsonNode messages, Turn.Builder turn, boolean thinking) {
        if (messages == null || messages.isNull()) {
            throw invalid("messages: Field required");
        }
        if (!messages.isArray()) {
            throw invalid("messages: Input should be a valid list");
        }
        Map<String, String> pendingToolUses = new LinkedHashMap<>();
        // the tool results sent since the model last spoke, the user's new words after them included
        List<Turn.ToolResult> lastResults = new ArrayList<>();
        int lastToolUser = -1;
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String role = message.path("role").asText();
            if (!role.equals("user") && !role.equals("assistant")) {
                throw invalid("messages." + i + ".role: Input should be 'user' or 'assistant'");
            }
            JsonNode content = message.get("content");
            if (content == null || content.isNull()) {
                throw invalid("messages." + i + ".content: Field required");
            }
            List<Turn.ToolResult> results = toolResults(content, i, pendingToolUses);
            if (!pendingToolUses.isEmpty()) {
                throw invalid("messages." + (i - 1)
                        + ": `tool_use` ids were found without `tool_result` blocks immediately after: "
                        + String.join(", ", pendingToolUses.keySet())
                        + ". Each `tool_use` block must have a corresponding `tool_result` block in the next message.");
            }
            if (role.equals("assistant")) {
                content.forEach(block -> {
                    if (block.path("type").asText().equals("tool_use")) {
                        pendingToolUses.put(
                                block.path("id").asText(), block.path("name").asText());
                    }
                });
                lastToolUser = pendingToolUses.isEmpty() ? lastToolUser : i;
            }
            turn.message(role, content.isTextual() ? content.asText() : texts(content));
            if (role.equals("assistant")) {
                lastResults.clear();
            } else {
                lastResults.addAll(results);
            }
        }
        if (messages.isEmpty()) {
            throw invalid("messages: at least one message is required");
        }
        if (thinking && !lastResults.isEmpty() && lastToolUser >= 0) {
            requireLeadingThinking(messages.get(lastToolUser).path("content"), lastToolUser);
        }
        turn.toolResults(lastResults);
    }

    /** With thinking on, the assistant turn whose tool calls are being answered must keep its thinking block first. */
    private static void requireLeadingThinking(JsonNode content, int index) {
        String first = content.path(0).path("type").asText(content.isTextual() ? "text" : "");
        if (!first.equals("thinking") && !first.equals("redacted_thinking")) {
            throw invalid("messages." + index
                    + ".content.0.type: Expected `thinking` or `redacted_thinking`, but found `" + first
                    + "`. When `thinking` is enabled, a final `assistant` message must start with a thinking block (preceeding the "
                    + "lastmost set of `tool_use` and `tool_result` blocks). We recommend you include thinking blocks from previous "
                    + "turns. To avoid this requirement, disable `thinking`. Please consult our documentation at "
                    + "https://docs.claude.com/en/docs/build-with-claude/extended-thinking");
        }
    }

    /** The message's tool results, each matched to a {@code tool_use} of the message before, which it settles. */
    private static List<Turn.ToolResult> toolResults(JsonNode content, int index, Map<String, String> pendingToolUses) {
        List<Turn.ToolResult> results = new ArrayList<>();
        if (!content.isArray()) {
            return results;
        }
        for (int b = 0; b < content.size(); b++) {
            JsonNode block = content.get(b);
            if (!block.path("type").asText().equals("tool_result")) {
                continue;
            }
            String id = block.path("tool_use_id").asText();
            String name = pendingToolUses.remove(id);
            if (name == null) {
                throw invalid(
                        "messages." + index + ".content." + b
                                + ": unexpected `tool_use_id` found in `tool_result` blocks: " + id
                                + ". Each `tool_result` block must have a corresponding `tool_use` block in the previous message.");
            }
            JsonNode output = block.get("content");
            results.add(new Turn.ToolResult(
                    id, name, output == null ? "" : output.isTextual() ? output.asText() : texts(output)));
        }
        return results;
    }

    /**
     * The custom tools as {@code tool_choice} leaves them: {@code none} hides them, {@code tool} leaves the
     * named one; {@code any} and {@code tool} force a call.
     */
    private static void readTools(JsonNode tools, JsonNode choice, Turn.Builder turn) {
        String choiceType = choice.path("type").asText("auto");
        String chosen = choiceType.equals("tool") ? choice.path("name").asText(null) : null;
        turn.toolRequired(choiceType.equals("any") || choiceType.equals("tool"));
        for (int i = 0; i < tools.size(); i++) {
            JsonNode tool = tools.get(i);
            String type = tool.path("type").asText("custom");
            if (!type.equals("custom")) {
                continue;
            }
            if (!tool.path("name").isTextual()) {
                throw invalid("tools." + i + ".custom.name: Field required");
            }
            if (choiceType.equals("none")
                    || chosen != null && !chosen.equals(tool.get("name").asText())) {
                continue;
            }
            JsonNode description = tool.get("description");
            turn.tool(
                    tool.get("name").asText(),
                    description == null || description.isNull() ? null : description.asText(),
                    tool.get("input_schema"));
        }
    }

    /** The text blocks of a content list, joined. */
    private static String texts(JsonNode blocks) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : blocks) {
            if (block.path("type").asText().equals("text")) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                text.append(block.path("text").asText());
            }
        }
        return text.toString();
    }

    private static String requiredText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw invalid(field + ": Field required");
        }
        if (!value.isTextual()) {
            throw invalid(field + ": Input should be a valid string");
        }
        return value.asText();
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(AnthropicErrors.invalidRequest(message));
    }
}
