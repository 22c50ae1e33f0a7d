package dev.mockapis.core.conversation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.internal.JsonSupport;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a JSON Schema that a prompt asks the answer to follow, the way Spring AI's output converters
 * write it: an instruction to answer in JSON, then {@code Here is the JSON Schema instance your output
 * must adhere to:} and the schema in a {@code ```} block (with or without a {@code json} tag).
 * Deliberately narrow: only that sentence followed by a fenced JSON object counts, so ordinary prompts
 * that mention JSON are answered as text.
 */
final class PromptSchemas {

    private static final Pattern SCHEMA = Pattern.compile(
            "JSON Schema instance your output must adhere to[^`]*```(?:json)?\\s*(\\{.*?})\\s*```",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private PromptSchemas() {}

    /** The schema the text asks the answer to follow, if it carries one. */
    static Optional<JsonNode> in(String text) {
        Matcher matcher = SCHEMA.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            JsonNode schema = JsonSupport.mapper().readTree(matcher.group(1));
            return schema.isObject() ? Optional.of(schema) : Optional.empty();
        } catch (JsonProcessingException unreadable) {
            return Optional.empty();
        }
    }
}
