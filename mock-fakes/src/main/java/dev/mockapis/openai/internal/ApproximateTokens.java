package dev.mockapis.openai.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.conversation.internal.Turn;
import org.jspecify.annotations.Nullable;

/** The engine's approximation ({@link Tokens}): four characters a token, four tokens a message. */
final class ApproximateTokens implements TokenCounter {

    @Override
    public int text(String model, @Nullable String text) {
        return Tokens.count(text);
    }

    @Override
    public int chatPrompt(Turn turn, JsonNode body) {
        int prompt = 3;
        for (Turn.Message message : turn.messages()) {
            prompt += Tokens.PER_MESSAGE + Tokens.count(message.text());
        }
        return prompt + tools(turn);
    }

    @Override
    public int prompt(Turn turn) {
        int tokens = Tokens.count(turn.instructions());
        for (Turn.Message message : turn.messages()) {
            tokens += Tokens.PER_MESSAGE + Tokens.count(message.text());
        }
        for (Turn.ToolResult result : turn.toolResults()) {
            tokens += Tokens.PER_MESSAGE + Tokens.count(result.output());
        }
        return Math.max(1, tokens + tools(turn));
    }

    private static int tools(Turn turn) {
        int tokens = 0;
        for (Turn.Tool tool : turn.tools()) {
            tokens += Tokens.count(tool.name())
                    + Tokens.count(tool.description())
                    + (tool.parameters() == null
                            ? 0
                            : Tokens.count(tool.parameters().toString()));
        }
        return tokens;
    }

    @Override
    public int output(Turn turn, Completion completion) {
        return completion.outputTokens();
    }

    @Override
    public int reasoning(Turn turn, Completion completion) {
        return Tokens.count(completion.reasoning());
    }
}
