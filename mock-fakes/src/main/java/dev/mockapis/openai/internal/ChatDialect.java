package dev.mockapis.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.openai.ChatCompletions;

/**
 * What sets an OpenAI-compatible provider's Chat Completions apart from OpenAI's own, for a fake that
 * serves them with {@link ChatCompletions}: its ids, its errors, the request fields it adds (model
 * names, a thinking mode) and the fields of its answers. The defaults are OpenAI's.
 */
public interface ChatDialect {

    /** A new completion id, {@code chatcmpl-...} at OpenAI. */
    String completionId();

    /** A new tool-call id, {@code call_...} at OpenAI. */
    String toolCallId();

    /** The provider's error for a kind of failure, for replies that fail mid-stream. */
    ProviderError error(Failure failure);

    /**
     * Checks what the provider checks beyond OpenAI's rules and completes the turn from its own request
     * fields; OpenAI's turn is taken as read.
     *
     * @param turn the turn read from the request by OpenAI's rules
     * @param body the request body
     * @throws dev.mockapis.core.ProviderErrorException with the provider's error
     */
    default Turn adapt(Turn turn, JsonNode body) {
        return turn;
    }

    /** The message and delta field that carries visible reasoning, or {@code null} when the provider shows none (OpenAI). */
    default String reasoningField() {
        return null;
    }

    /** How the provider counts tokens: OpenAI's encodings by default; a provider whose tokenizer is not public approximates. */
    default TokenCounter tokens() {
        return TokenCounter.OPENAI;
    }

    /** The usage object of a completion, and of a stream's usage chunk. */
    default ObjectNode usage(Turn turn, int promptTokens, int completionTokens, int reasoningTokens) {
        ObjectNode usage = dev.mockapis.core.internal.JsonSupport.object();
        usage.put("prompt_tokens", promptTokens);
        usage.put("completion_tokens", completionTokens);
        usage.put("total_tokens", promptTokens + completionTokens);
        usage.putObject("prompt_tokens_details").put("cached_tokens", 0).put("audio_tokens", 0);
        usage.putObject("completion_tokens_details")
                .put("reasoning_tokens", reasoningTokens)
                .put("audio_tokens", 0)
                .put("accepted_prediction_tokens", 0)
                .put("rejected_prediction_tokens", 0);
        return usage;
    }

    /** Adds the fields every completion and chunk carries besides the standard ones: OpenAI's service tier and fingerprint. */
    default void describeService(ObjectNode completionOrChunk) {
        completionOrChunk.put("service_tier", "default");
        completionOrChunk.put("system_fingerprint", "fp_f1a2b3c4d5");
    }

    /** Whether assistant messages carry OpenAI's {@code refusal} (and {@code annotations}) fields. */
    default boolean refusals() {
        return true;
    }
}
