package dev.mockapis.core.conversation.internal;

import java.util.ArrayList;
import java.util.List;

/** Splits text the way a model streams it. */
public final class TextPieces {

    private static final int FRAGMENT = 12;

    private TextPieces() {}

    /** Word-sized pieces, each keeping its leading whitespace, that concatenate back to the text; none for an empty text. */
    public static List<String> words(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length()
                    || (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1)))) {
                pieces.add(text.substring(start, i));
                start = i;
            }
        }
        return pieces;
    }

    /** Fixed-size fragments, as tool-call arguments arrive in a stream; none for an empty text. */
    public static List<String> fragments(String text) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < text.length(); i += FRAGMENT) {
            pieces.add(text.substring(i, Math.min(text.length(), i + FRAGMENT)));
        }
        return pieces;
    }
}
