package dev.mockapis.gemini;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.TextPieces;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One answer of {@code generateContent} in Gemini's terms: a candidate whose content has text or
 * {@code functionCall} parts, a {@code finishReason}, {@code usageMetadata}, {@code modelVersion} and
 * {@code responseId}; whole, or as the chunks {@code streamGenerateContent} sends.
 *
 * @param responseId the response id, the same in every chunk
 * @param model the model version that answers
 * @param completion what the model says
 * @param promptTokens the tokens of the request, a context cache's included
 * @param cachedTokens the tokens of the context cache the request names, 0 without one
 * @param groundingMetadata what a {@code fileSearch} tool found, on the candidate (the last chunk's when
 *     streamed), or {@code null}
 * @param toolUseTokens the tokens of what tools found, which the model read as {@code toolUsePromptTokenCount}
 */
record GeminiAnswer(
        String responseId,
        String model,
        Completion completion,
        int promptTokens,
        int cachedTokens,
        @Nullable ObjectNode groundingMetadata,
        int toolUseTokens) {

    GeminiAnswer(String responseId, String model, Completion completion, int promptTokens, int cachedTokens) {
        this(responseId, model, completion, promptTokens, cachedTokens, null, 0);
    }

    /** The whole response. */
    ObjectNode response() {
        return chunk(parts(completion), finishReason(completion), completion.outputTokens());
    }

    private int thoughtTokens() {
        return Tokens.count(completion.reasoning());
    }

    /** The chunks of a stream: text a few words at a time, function calls whole; the last one says why it ended. */
    List<ObjectNode> chunks() {
        if (!(completion instanceof Completion.Text text) || text.text().isEmpty()) {
            return List.of(response());
        }
        List<String> words = TextPieces.words(text.text());
        List<ObjectNode> chunks = new ArrayList<>();
        if (text.reasoning() != null) {
            ArrayNode thought = JsonSupport.mapper().createArrayNode();
            thought.addObject().put("text", text.reasoning()).put("thought", true);
            chunks.add(chunk(thought, null, thoughtTokens()));
        }
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            sent.append(words.get(i));
            ArrayNode parts = JsonSupport.mapper().createArrayNode();
            parts.addObject().put("text", words.get(i));
            boolean last = i == words.size() - 1;
            chunks.add(chunk(
                    parts,
                    last ? finishReason(completion) : null,
                    last ? completion.outputTokens() : thoughtTokens() + Tokens.count(sent.toString())));
        }
        return chunks;
    }

    /** A response chunk; {@code outputTokens} counts thoughts too, which usage reports apart. */
    private ObjectNode chunk(ArrayNode parts, @Nullable String finishReason, int outputTokens) {
        int thoughts = Math.min(thoughtTokens(), outputTokens);
        int candidateTokens = outputTokens - thoughts;
        ObjectNode response = JsonSupport.object();
        ObjectNode candidate = response.putArray("candidates").addObject();
        ObjectNode content = candidate.putObject("content");
        content.set("parts", parts);
        content.put("role", "model");
        if (finishReason != null) {
            candidate.put("finishReason", finishReason);
            if (groundingMetadata != null) {
                candidate.set("groundingMetadata", groundingMetadata.deepCopy());
            }
        }
        candidate.put("index", 0);
        ObjectNode usage = response.putObject("usageMetadata");
        usage.put("promptTokenCount", promptTokens);
        usage.put("candidatesTokenCount", candidateTokens);
        if (toolUseTokens > 0) {
            usage.put("toolUsePromptTokenCount", toolUseTokens);
        }
        if (thoughts > 0) {
            usage.put("thoughtsTokenCount", thoughts);
        }
        usage.put("totalTokenCount", promptTokens + toolUseTokens + candidateTokens + thoughts);
        if (cachedTokens > 0) {
            usage.put("cachedContentTokenCount", cachedTokens);
        }
        usage.putArray("promptTokensDetails")
                .addObject()
                .put("modality", "TEXT")
                .put("tokenCount", promptTokens);
        if (cachedTokens > 0) {
            usage.putArray("cacheTokensDetails")
                    .addObject()
                    .put("modality", "TEXT")
                    .put("tokenCount", cachedTokens);
        }
        response.put("modelVersion", model);
        response.put("responseId", responseId);
        return response;
    }

    private static ArrayNode parts(Completion completion) {
        ArrayNode parts = JsonSupport.mapper().createArrayNode();
        if (completion.reasoning() != null) {
            parts.addObject().put("text", completion.reasoning()).put("thought", true);
        }
        if (completion instanceof Completion.ToolCalls calls) {
            for (Completion.Call call : calls.calls()) {
                parts.addObject()
                        .putObject("functionCall")
                        .put("name", call.name())
                        .set("args", parse(call.arguments()));
            }
        } else {
            parts.addObject().put("text", ((Completion.Text) completion).text());
        }
        return parts;
    }

    private static String finishReason(Completion completion) {
        return completion instanceof Completion.Text text && text.stop() == Completion.Stop.MAX_TOKENS
                ? "MAX_TOKENS"
                : "STOP";
    }

    private static JsonNode parse(String arguments) {
        try {
            return JsonSupport.mapper().readTree(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Function arguments are not JSON: " + arguments, e);
        }
    }
}
