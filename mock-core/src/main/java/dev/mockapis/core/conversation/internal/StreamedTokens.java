package dev.mockapis.core.conversation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.internal.JsonSupport;

/**
 * How many tokens one streamed event of an LLM fake carries, so that a stream is paced at a rate of tokens
 * rather than events: the text of its deltas (and tool-call arguments, reasoning), counted as
 * {@link Tokens} counts. Events that carry no generated text (a stream's start, usage, its end, a
 * {@code [DONE]}) count 0 and go out without a pause. Reads each provider's delta shape:
 *
 * <ul>
 *   <li>Chat Completions chunks (OpenAI, DeepSeek): {@code choices[].delta} content, refusal, reasoning and
 *       tool-call arguments;
 *   <li>Responses: events whose type ends in {@code .delta} with a text {@code delta};
 *   <li>Assistants: {@code thread.message.delta} text values and run-step tool-call arguments;
 *   <li>Anthropic: {@code content_block_delta} text, thinking and partial JSON;
 *   <li>Gemini: {@code candidates[].content.parts[]} text and function-call arguments.
 * </ul>
 */
public final class StreamedTokens {

    private StreamedTokens() {}

    /** The tokens the event's data carries; 0 for an event without generated text or with unreadable data. */
    public static int count(ServerSentEvent event) {
        JsonNode data;
        try {
            data = JsonSupport.mapper().readTree(event.data());
        } catch (java.io.IOException | RuntimeException notJson) {
            return 0;
        }
        if (data == null || !data.isObject()) {
            return 0;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode choice : data.path("choices")) {
            deltaText(choice.path("delta"), text);
        }
        String type = data.path("type").asText(event.event() == null ? "" : event.event());
        if (type.endsWith(".delta") && data.path("delta").isTextual()) {
            text.append(data.path("delta").asText());
        }
        if (type.equals("content_block_delta")) {
            JsonNode delta = data.path("delta");
            append(delta, "text", text);
            append(delta, "thinking", text);
            append(delta, "partial_json", text);
        }
        if (data.path("object").asText().equals("thread.message.delta")
                || data.path("object").asText().equals("thread.run.step.delta")) {
            data.path("delta").findValues("value").forEach(value -> text.append(value.asText()));
            data.path("delta").findValues("arguments").forEach(value -> text.append(value.asText()));
        }
        for (JsonNode candidate : data.path("candidates")) {
            for (JsonNode part : candidate.path("content").path("parts")) {
                append(part, "text", text);
                if (part.has("functionCall")) {
                    text.append(part.path("functionCall").path("args"));
                }
            }
        }
        return Tokens.count(text.toString());
    }

    private static void deltaText(JsonNode delta, StringBuilder text) {
        append(delta, "content", text);
        append(delta, "refusal", text);
        append(delta, "reasoning_content", text);
        for (JsonNode call : delta.path("tool_calls")) {
            append(call.path("function"), "arguments", text);
        }
    }

    private static void append(JsonNode node, String field, StringBuilder text) {
        JsonNode value = node.path(field);
        if (value.isTextual()) {
            text.append(value.asText());
        }
    }
}
