package dev.mockapis.deepseek;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.openai.internal.ChatDialect;
import dev.mockapis.openai.internal.TokenCounter;
import java.util.List;

/**
 * DeepSeek's Chat Completions as they differ from OpenAI's: its models and their thinking mode
 * ({@code reasoning_content} in messages and deltas, on by default for the V4 models), the rule that a
 * thinking-mode tool call's reasoning is sent back, usage with the context cache's hits and misses,
 * its ids and its errors.
 */
final class DeepSeekDialect implements ChatDialect {

    /** The models served; the deprecated aliases answer as DeepSeek-V4-Flash without and with thinking. */
    static final List<String> MODELS =
            List.of("deepseek-v4-flash", "deepseek-v4-pro", "deepseek-chat", "deepseek-reasoner");

    private final IdSequence ids;
    private final PromptCache cache;

    private final List<String> added;

    DeepSeekDialect(IdSequence ids, PromptCache cache, List<String> added) {
        this.added = added;
        this.ids = ids;
        this.cache = cache;
    }

    @Override
    public String completionId() {
        String hex = ids.next("", IdSequence.HEX, 32);
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    @Override
    public String toolCallId() {
        return ids.next("call_00_", IdSequence.BASE62, 24);
    }

    @Override
    public ProviderError error(Failure failure) {
        return DeepSeekErrors.of(failure);
    }

    @Override
    public Turn adapt(Turn turn, JsonNode body) {
        if (!MODELS.contains(turn.model()) && !added.contains(turn.model())) {
            throw new ProviderErrorException(DeepSeekErrors.modelNotExist());
        }
        requireWithin(body, "temperature", 0, 2);
        requireWithin(body, "top_p", 0, 1);
        requireWithin(body, "presence_penalty", -2, 2);
        requireWithin(body, "frequency_penalty", -2, 2);
        boolean thinking = thinking(turn.model(), body.path("thinking"));
        if (thinking) {
            requireReasoningOfToolCalls(body.path("messages"));
        }
        return turn.withReasoning(thinking);
    }

    /** {@code thinking.type} when given; otherwise on, except for the {@code deepseek-chat} alias of the non-thinking mode. */
    private static boolean thinking(String model, JsonNode thinking) {
        String type = thinking.path("type").asText("");
        if (type.isEmpty()) {
            return !model.equals("deepseek-chat");
        }
        return type.equals("enabled");
    }

    private static void requireWithin(JsonNode body, String field, double min, double max) {
        JsonNode value = body.get(field);
        if (value != null && value.isNumber() && (value.asDouble() < min || value.asDouble() > max)) {
            throw new ProviderErrorException(DeepSeekErrors.invalidParameters("Invalid '" + field
                    + "': expected a value in [" + format(min) + ", " + format(max) + "], got " + value.asText()));
        }
    }

    private static String format(double bound) {
        return bound == Math.rint(bound) ? String.valueOf((long) bound) : String.valueOf(bound);
    }

    /** In thinking mode, an assistant turn that called tools must come back with its reasoning, or DeepSeek refuses the request. */
    private static void requireReasoningOfToolCalls(JsonNode messages) {
        for (JsonNode message : messages) {
            boolean calledTools = message.path("tool_calls").isArray()
                    && !message.path("tool_calls").isEmpty();
            if (message.path("role").asText().equals("assistant")
                    && calledTools
                    && !message.path("reasoning_content").isTextual()) {
                throw new ProviderErrorException(DeepSeekErrors.error(
                        400,
                        DeepSeekErrors.INVALID_REQUEST,
                        "The `reasoning_content` in the thinking mode must be passed back to the API."));
            }
        }
    }

    @Override
    public String reasoningField() {
        return "reasoning_content";
    }

    /** DeepSeek's tokenizer is not OpenAI's and is not published as a library: counts are the documented approximation. */
    @Override
    public TokenCounter tokens() {
        return TokenCounter.APPROXIMATE;
    }

    @Override
    public ObjectNode usage(Turn turn, int promptTokens, int completionTokens, int reasoningTokens) {
        int hit = Math.min(promptTokens, cache.hitTokens(turn));
        ObjectNode usage = JsonSupport.object();
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        usage.putObject("prompt_tokens_details").put("cached_tokens", hit);
        if (reasoningTokens > 0) {
            usage.putObject("completion_tokens_details").put("reasoning_tokens", reasoningTokens);
        }
        usage.put("prompt_cache_hit_tokens", hit);
        usage.put("prompt_cache_miss_tokens", promptTokens - hit);
        return usage;
    }

    @Override
    public void describeService(ObjectNode completionOrChunk) {
        completionOrChunk.put("system_fingerprint", "fp_8802369eaa_prod0623");
    }

    @Override
    public boolean refusals() {
        return false;
    }
}
