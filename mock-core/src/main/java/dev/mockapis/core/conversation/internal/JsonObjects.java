package dev.mockapis.core.conversation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.mockapis.core.internal.JsonSupport;

/** Recognises JSON text. */
public final class JsonObjects {

    private JsonObjects() {}

    /** Whether the text is one JSON object. */
    public static boolean isObject(String text) {
        return parses(text, "{");
    }

    /** Whether the text is one JSON object or array. */
    static boolean isStructure(String text) {
        return parses(text, "{") || parses(text, "[");
    }

    private static boolean parses(String text, String start) {
        String stripped = text.strip();
        if (!stripped.startsWith(start)) {
            return false;
        }
        try {
            JsonSupport.mapper().readTree(stripped);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
