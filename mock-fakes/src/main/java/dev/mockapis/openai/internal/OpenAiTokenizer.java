package dev.mockapis.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's token counts, with the encoding of each model family (jtokkit's port of tiktoken) and the
 * chat framing of OpenAI's cookbook ("How to count tokens with tiktoken"): every message costs 3
 * tokens plus its role, content and name (a name 1 more), every reply is primed with 3, and function
 * tools are written out as the cookbook's {@code num_tokens_for_tools} counts them. Tool calls the
 * model writes and framing the cookbook does not describe (content parts, tool calls in the history)
 * are counted as their texts.
 */
final class OpenAiTokenizer implements TokenCounter {

    private static final int PER_MESSAGE = 3;
    private static final int PER_NAME = 1;
    private static final int REPLY_PRIMING = 3;

    // num_tokens_for_tools: the start of each function is 10 for cl100k_base models, 7 for gpt-4o and later.
    private static final int FUNCTION_START_CL100K = 10;
    private static final int FUNCTION_START_O200K = 7;
    private static final int PROPERTIES_START = 3;
    private static final int PROPERTY = 3;
    private static final int ENUM_START = -3;
    private static final int ENUM_ITEM = 3;
    private static final int FUNCTIONS_END = 12;

    private final EncodingRegistry registry = Encodings.newLazyEncodingRegistry();

    /** o200k_base for gpt-4o, gpt-4.1, gpt-4.5, gpt-5, the o-series and every newer model; cl100k_base for older ones. */
    private Encoding encoding(String model) {
        return registry.getEncoding(cl100k(model) ? EncodingType.CL100K_BASE : EncodingType.O200K_BASE);
    }

    private static boolean cl100k(String model) {
        String base = model.toLowerCase(Locale.ROOT);
        if (base.startsWith("ft:")) {
            int end = base.indexOf(':', 3);
            base = end < 0 ? base.substring(3) : base.substring(3, end);
        }
        if (base.startsWith("gpt-4o") || base.startsWith("gpt-4.")) {
            return false;
        }
        return base.startsWith("gpt-4")
                || base.startsWith("gpt-3.5")
                || base.startsWith("text-embedding-")
                || base.equals("davinci-002")
                || base.equals("babbage-002");
    }

    @Override
    public int text(String model, @Nullable String text) {
        return text == null || text.isEmpty() ? 0 : encoding(model).countTokensOrdinary(text);
    }

    @Override
    public int chatPrompt(Turn turn, JsonNode body) {
        Encoding encoding = encoding(turn.model());
        int tokens = REPLY_PRIMING;
        for (JsonNode message : body.path("messages")) {
            tokens += PER_MESSAGE + count(encoding, message.path("role").asText(""));
            tokens += count(encoding, content(message.path("content")));
            if (message.path("name").isTextual()) {
                tokens += count(encoding, message.path("name").asText()) + PER_NAME;
            }
            for (JsonNode call : message.path("tool_calls")) {
                JsonNode function = call.path("function");
                tokens += count(encoding, function.path("name").asText(""))
                        + count(encoding, function.path("arguments").asText(""));
            }
        }
        return tokens + functions(turn.model(), encoding, body.path("tools"));
    }

    /** A message's content as the model reads it: the text, or its text parts one after another. */
    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(part.path("text").asText());
            }
        }
        return text.toString();
    }

    private int functions(String model, Encoding encoding, JsonNode tools) {
        int tokens = 0;
        for (JsonNode tool : tools) {
            JsonNode function = tool.has("function") ? tool.path("function") : tool;
            if (!tool.path("type").asText("function").equals("function")) {
                continue;
            }
            tokens += cl100k(model) ? FUNCTION_START_CL100K : FUNCTION_START_O200K;
            tokens += count(
                    encoding,
                    function.path("name").asText("") + ":"
                            + withoutFinalDot(function.path("description").asText("")));
            JsonNode properties = function.path("parameters").path("properties");
            if (properties.isObject() && !properties.isEmpty()) {
                tokens += PROPERTIES_START;
                for (Map.Entry<String, JsonNode> property : properties.properties()) {
                    tokens += PROPERTY;
                    JsonNode schema = property.getValue();
                    if (schema.path("enum").isArray()) {
                        tokens += ENUM_START;
                        for (JsonNode item : schema.path("enum")) {
                            tokens += ENUM_ITEM + count(encoding, item.asText());
                        }
                    }
                    tokens += count(
                            encoding,
                            property.getKey() + ":" + schema.path("type").asText("") + ":"
                                    + withoutFinalDot(schema.path("description").asText("")));
                }
            }
        }
        return tokens == 0 ? 0 : tokens + FUNCTIONS_END;
    }

    private static String withoutFinalDot(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public int prompt(Turn turn) {
        Encoding encoding = encoding(turn.model());
        int tokens = REPLY_PRIMING;
        if (turn.instructions() != null && !turn.instructions().isEmpty()) {
            tokens += PER_MESSAGE + count(encoding, "system") + count(encoding, turn.instructions());
        }
        for (Turn.Message message : turn.messages()) {
            tokens += PER_MESSAGE + count(encoding, message.role()) + count(encoding, message.text());
        }
        for (Turn.ToolResult result : turn.toolResults()) {
            tokens += PER_MESSAGE + count(encoding, "tool") + count(encoding, result.output());
        }
        ArrayNode tools = JsonSupport.mapper().createArrayNode();
        for (Turn.Tool tool : turn.tools()) {
            ObjectNode function = tools.addObject();
            function.put("name", tool.name());
            if (tool.description() != null) {
                function.put("description", tool.description());
            }
            if (tool.parameters() != null) {
                function.set("parameters", tool.parameters());
            }
        }
        return tokens + functions(turn.model(), encoding, tools);
    }

    @Override
    public int output(Turn turn, Completion completion) {
        if (completion instanceof Completion.FailedMidStream failed) {
            return output(turn, failed.partial()) / 2;
        }
        Encoding encoding = encoding(turn.model());
        int reasoning = count(encoding, completion.reasoning());
        if (completion instanceof Completion.Text text) {
            if (text.stop() == Completion.Stop.MAX_TOKENS && turn.maxOutputTokens() != null) {
                // the answer was cut at the limit, which is what the API then reports
                return turn.maxOutputTokens();
            }
            return Math.max(1, count(encoding, text.text()) + reasoning);
        }
        int calls = 0;
        for (Completion.Call call : ((Completion.ToolCalls) completion).calls()) {
            // each call's name, arguments and a few tokens of framing
            calls += count(encoding, call.name()) + count(encoding, call.arguments()) + 3;
        }
        return calls + reasoning;
    }

    @Override
    public int reasoning(Turn turn, Completion completion) {
        return count(encoding(turn.model()), completion.reasoning());
    }

    private static int count(Encoding encoding, @Nullable String text) {
        return text == null || text.isEmpty() ? 0 : encoding.countTokensOrdinary(text);
    }
}
