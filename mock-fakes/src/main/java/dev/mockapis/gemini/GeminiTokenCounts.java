package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;

/**
 * {@code models.count_tokens}: the tokens of {@code contents}, or of a whole
 * {@code generateContentRequest} (system instruction, tools and the text files its parts point at
 * included), counted exactly as
 * {@code generateContent} reports them in {@code usageMetadata.promptTokenCount} for the same input.
 */
final class GeminiTokenCounts {

    private final GeminiFiles files;

    GeminiTokenCounts(GeminiFiles files) {
        this.files = files;
    }

    FakeResponse count(ApiCall call) {
        JsonNode body = call.request().json(JsonNode.class);
        JsonNode request = body.has("generateContentRequest") ? body.get("generateContentRequest") : body;
        String model = call.pathVariable("model").orElseThrow();
        Turn turn = GenerateContentRequest.read(call.operationId(), model, GeminiResources.version(call), request);
        int tokens = Tokens.count(turn.inputText()) + files.tokens(request);
        ObjectNode response = JsonSupport.object();
        response.put("totalTokens", tokens);
        response.putArray("promptTokensDetails")
                .addObject()
                .put("modality", "TEXT")
                .put("tokenCount", tokens);
        return FakeResponse.json(200, response);
    }
}
