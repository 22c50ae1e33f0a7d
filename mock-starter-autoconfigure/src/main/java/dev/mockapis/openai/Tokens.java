package dev.mockapis.openai;

/**
 * Token counts that behave like real ones: deterministic, roughly four characters a token, and growing
 * with what goes in and comes out. Not a tokenizer; good enough for usage assertions and budgets.
 */
final class Tokens {

    /** What each message adds for its role and framing, as OpenAI's chat format does. */
    static final int PER_MESSAGE = 4;

    private Tokens() {
    }

    static int count(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        return Math.max(1, (text.length() + 3) / 4);
    }
}
