package dev.mockapis.deepseek;

import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.conversation.internal.Turn;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * DeepSeek's context cache, simulated: every request stores its message prefixes, and a later request
 * that starts with a stored prefix reads it from the cache, in whole 64-token units as DeepSeek
 * caches. The second turn of a conversation therefore hits the cache for the first. Thread-safe.
 */
final class PromptCache {

    private static final int UNIT = 64;
    private static final int FRAMING = 3;

    private final Set<Long> prefixes = ConcurrentHashMap.newKeySet();

    /** The prompt tokens read from the cache for this turn; stores its own prefixes for later turns. */
    int hitTokens(Turn turn) {
        List<Turn.Message> messages = turn.messages();
        long fingerprint = turn.model() == null ? 0 : turn.model().hashCode();
        int tokens = FRAMING;
        int cached = 0;
        for (Turn.Message message : messages) {
            fingerprint = fingerprint * 1_000_003L + message.role().hashCode();
            fingerprint = fingerprint * 1_000_003L + message.text().hashCode();
            tokens += Tokens.PER_MESSAGE + Tokens.count(message.text());
            if (!prefixes.add(fingerprint)) {
                cached = tokens;
            }
        }
        return cached / UNIT * UNIT;
    }

    void clear() {
        prefixes.clear();
    }
}
