package dev.mockapis.core.conversation.internal;

/**
 * Token counts that behave like real ones: deterministic, roughly four characters a token, growing with
 * what goes in and comes out. Not a tokenizer; good enough for usage assertions, limits and budgets.
 */
public final class Tokens {

    /** What each message of a conversation adds for its role and framing, as chat formats do. */
    public static final int PER_MESSAGE = 4;

    private Tokens() {}

    /** The tokens of a text; 0 for {@code null} or empty, at least 1 otherwise. */
    public static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return Math.max(1, (text.length() + 3) / 4);
    }

    /** The longest start of the text that fits in so many tokens. */
    public static String truncate(String text, int tokens) {
        int chars = Math.max(0, tokens) * 4;
        return text.length() <= chars ? text : text.substring(0, chars);
    }
}
