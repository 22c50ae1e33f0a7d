package dev.mockapis.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.internal.FormEncoding;
import dev.mockapis.core.internal.JsonSupport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A request body read according to its media type. */
public sealed interface ParsedBody {

    /** No body at all. */
    record Empty() implements ParsedBody {}

    /** A JSON document, read once; {@link #as} gives it in the shape the reader wants. */
    final class Json implements ParsedBody {

        private final JsonNode tree;

        Json(JsonNode tree) {
            this.tree = java.util.Objects.requireNonNull(tree, "tree");
        }

        /** The document as compact JSON text. */
        public String text() {
            return tree.toString();
        }

        /**
         * The document read as the given type: a record or class of yours, {@code Map.class},
         * {@code List.class}, or a tree type of the JSON library in use.
         *
         * @throws IllegalArgumentException when the document does not fit the type
         */
        public <T> T as(Class<T> type) {
            if (type.isInstance(tree)) {
                return type.cast(tree);
            }
            return JsonSupport.mapper().convertValue(tree, type);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Json json && json.tree.equals(tree);
        }

        @Override
        public int hashCode() {
            return tree.hashCode();
        }

        @Override
        public String toString() {
            return "Json[" + text() + "]";
        }
    }

    /** Form parameters, in order, repeated names keeping every value. */
    record Form(Map<String, List<String>> params) implements ParsedBody {}

    /** A body of another media type, as text. */
    record Text(String text) implements ParsedBody {}

    /** A body that claims to be JSON but is not; {@code reason} says where it breaks. */
    record Invalid(String reason, String text) implements ParsedBody {}

    /**
     * A body too long for the interaction log, kept as the text of its start followed by a marker
     * ({@code …[truncated, 102400 bytes in full]}).
     *
     * @param text the start of the body and the marker
     * @param fullLength the length of the whole body, in bytes
     */
    record Truncated(String text, long fullLength) implements ParsedBody {}

    /** Reads a body by its media type; JSON is also recognised without a content type. */
    static ParsedBody parse(String mediaType, byte[] body) {
        if (body.length == 0) {
            return new Empty();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        if (mediaType.equals("application/x-www-form-urlencoded")) {
            return new Form(FormEncoding.parse(text));
        }
        boolean looksLikeJson = mediaType.isEmpty()
                && (text.stripLeading().startsWith("{") || text.stripLeading().startsWith("["));
        if (mediaType.endsWith("json") || looksLikeJson) {
            try {
                return new Json(JsonSupport.mapper().readTree(text));
            } catch (JsonProcessingException e) {
                // Jackson's own message names its classes and limits; the client gets where the body breaks.
                com.fasterxml.jackson.core.JsonLocation at = e.getLocation();
                return new Invalid(
                        "We could not parse the JSON body of your request"
                                + (at == null || at.getLineNr() < 1
                                        ? "."
                                        : " (it breaks at line " + at.getLineNr() + ", column " + at.getColumnNr()
                                                + ")."),
                        text);
            }
        }
        return new Text(text);
    }
}
