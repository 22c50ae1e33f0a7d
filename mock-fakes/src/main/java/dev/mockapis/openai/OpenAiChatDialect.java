package dev.mockapis.openai;

import dev.mockapis.core.ProviderError;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.openai.internal.ChatDialect;

/** OpenAI's own Chat Completions: its ids and errors, and every other {@link ChatDialect} default. */
final class OpenAiChatDialect implements ChatDialect {

    private final IdGenerator ids;

    OpenAiChatDialect(IdGenerator ids) {
        this.ids = ids;
    }

    @Override
    public String completionId() {
        return ids.chatCompletion();
    }

    @Override
    public String toolCallId() {
        return ids.toolCall();
    }

    @Override
    public ProviderError error(Failure failure) {
        return OpenAiErrors.of(failure);
    }
}
