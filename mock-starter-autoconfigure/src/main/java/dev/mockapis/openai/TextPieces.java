package dev.mockapis.openai;

import java.util.ArrayList;
import java.util.List;

/** Splits text the way a model streams it: word by word, each piece keeping its leading space. */
final class TextPieces {

    private static final int ARGUMENT_PIECE = 12;

    private TextPieces() {
    }

    /** Word-sized pieces that concatenate back to the text; an empty text gives no pieces. */
    static List<String> words(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || (Character.isWhitespace(text.charAt(i)) && !Character.isWhitespace(text.charAt(i - 1)))) {
                pieces.add(text.substring(start, i));
                start = i;
            }
        }
        return pieces;
    }

    /** Fixed-size fragments of tool-call arguments, as they arrive in a stream. */
    static List<String> fragments(String arguments) {
        List<String> pieces = new ArrayList<>();
        for (int i = 0; i < arguments.length(); i += ARGUMENT_PIECE) {
            pieces.add(arguments.substring(i, Math.min(arguments.length(), i + ARGUMENT_PIECE)));
        }
        return pieces;
    }
}
