package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One answer of the Messages API in Anthropic's terms: content blocks, a stop reason and usage. It is
 * rendered as a whole {@code message} or, by {@link AnthropicStream}, as the events that stream it.
 *
 * @param id the message id, {@code msg_...}
 * @param model the model that answers
 * @param blocks the content blocks
 * @param stopReason {@code end_turn}, {@code tool_use}, {@code max_tokens} or {@code stop_sequence}
 * @param stopSequence the stop sequence met, or {@code null}
 * @param inputTokens the tokens of the request
 * @param outputTokens the tokens of the answer
 */
record AnthropicAnswer(
        String id,
        String model,
        List<Block> blocks,
        String stopReason,
        @Nullable String stopSequence,
        int inputTokens,
        int outputTokens) {

    /** A content block of the answer. */
    sealed interface Block {}

    /** A {@code text} block. */
    record TextBlock(String text) implements Block {}

    /** A {@code tool_use} block; {@code input} is a JSON object as text. */
    record ToolUseBlock(String id, String name, String input) implements Block {}

    /** A {@code thinking} block, signed as Anthropic signs them so that it can be sent back. */
    record ThinkingBlock(String thinking, String signature) implements Block {
        ThinkingBlock(String thinking) {
            this(
                    thinking,
                    Base64.getEncoder()
                            .encodeToString(("mockapis-thinking:" + thinking.hashCode() + ":" + thinking.length())
                                    .getBytes(StandardCharsets.UTF_8)));
        }
    }

    AnthropicAnswer {
        blocks = List.copyOf(blocks);
    }

    /**
     * The answer for a text or tool-call completion.
     *
     * @param toolUseIds gives each tool call its {@code toolu_...} id
     */
    static AnthropicAnswer of(
            Completion completion, String id, String model, int inputTokens, Supplier<String> toolUseIds) {
        List<Block> blocks = new ArrayList<>();
        if (completion.reasoning() != null) {
            blocks.add(new ThinkingBlock(completion.reasoning()));
        }
        if (completion instanceof Completion.ToolCalls calls) {
            calls.calls()
                    .forEach(call -> blocks.add(new ToolUseBlock(toolUseIds.get(), call.name(), call.arguments())));
            return new AnthropicAnswer(id, model, blocks, "tool_use", null, inputTokens, completion.outputTokens());
        }
        Completion.Text text = (Completion.Text) completion;
        blocks.add(new TextBlock(text.text()));
        return new AnthropicAnswer(
                id, model, blocks, stopReason(text), text.stopSequence(), inputTokens, completion.outputTokens());
    }

    private static String stopReason(Completion.Text text) {
        switch (text.stop()) {
            case MAX_TOKENS:
                return "max_tokens";
            case STOP_SEQUENCE:
                return "stop_sequence";
            default:
                return "end_turn";
        }
    }

    /** The whole {@code message} object. */
    ObjectNode message() {
        ObjectNode message = messageHead();
        ArrayNode content = message.putArray("content");
        blocks.forEach(block -> content.add(block(block, true)));
        message.put("stop_reason", stopReason);
        message.put("stop_sequence", stopSequence);
        message.set("usage", usage(outputTokens));
        return message;
    }

    /** The message as {@code message_start} announces it: no content, no stop reason yet. */
    ObjectNode startedMessage() {
        ObjectNode message = messageHead();
        message.putArray("content");
        message.putNull("stop_reason");
        message.putNull("stop_sequence");
        message.set("usage", usage(1));
        return message;
    }

    private ObjectNode messageHead() {
        ObjectNode message = JsonSupport.object();
        message.put("id", id);
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", model);
        return message;
    }

    private ObjectNode usage(int output) {
        ObjectNode usage = JsonSupport.object();
        usage.put("input_tokens", inputTokens);
        usage.put("cache_creation_input_tokens", 0);
        usage.put("cache_read_input_tokens", 0);
        usage.put("output_tokens", output);
        usage.put("service_tier", "standard");
        return usage;
    }

    /** A content block; as {@code content_block_start} announces it when not {@code complete}. */
    static ObjectNode block(Block block, boolean complete) {
        ObjectNode json = JsonSupport.object();
        if (block instanceof TextBlock text) {
            json.put("type", "text");
            json.put("text", complete ? text.text() : "");
            return json;
        }
        if (block instanceof ThinkingBlock thinking) {
            json.put("type", "thinking");
            json.put("thinking", complete ? thinking.thinking() : "");
            json.put("signature", complete ? thinking.signature() : "");
            return json;
        }
        ToolUseBlock toolUse = (ToolUseBlock) block;
        json.put("type", "tool_use");
        json.put("id", toolUse.id());
        json.put("name", toolUse.name());
        if (complete) {
            json.set("input", parse(toolUse.input()));
        } else {
            json.putObject("input");
        }
        json.putObject("caller").put("type", "direct");
        return json;
    }

    private static JsonNode parse(String input) {
        try {
            return JsonSupport.mapper().readTree(input);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Tool input is not JSON: " + input, e);
        }
    }
}
