package dev.mockapis.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.Turn;
import org.jspecify.annotations.Nullable;

/**
 * How a fake counts the tokens of an OpenAI-style request and answer. OpenAI's tokenizers are public,
 * so the OpenAI fake counts as OpenAI does ({@link #OPENAI}); providers whose tokenizer is not public
 * keep the documented approximation ({@link #APPROXIMATE}).
 */
public interface TokenCounter {

    /** OpenAI's own counts: the model family's encoding (o200k_base or cl100k_base) and its chat framing. */
    TokenCounter OPENAI = new OpenAiTokenizer();

    /** About four characters a token and four a message: deterministic, not a tokenizer. */
    TokenCounter APPROXIMATE = new ApproximateTokens();

    /**
     * The tokens of a text as a model reads it.
     *
     * @param model the model, which chooses the encoding
     * @param text the text; {@code null} or empty counts 0
     */
    int text(String model, @Nullable String text);

    /**
     * The prompt tokens of a Chat Completions request: its messages and tools, with the chat format's framing.
     *
     * @param turn the turn read from the request
     * @param body the request body
     */
    int chatPrompt(Turn turn, JsonNode body);

    /** The input tokens of a turn read from another API (Responses, Assistants runs): instructions, messages, tool results and tools. */
    int prompt(Turn turn);

    /** The tokens the model wrote: its text and reasoning, or its tool calls. */
    int output(Turn turn, Completion completion);

    /** The tokens of the model's reasoning alone. */
    int reasoning(Turn turn, Completion completion);
}
