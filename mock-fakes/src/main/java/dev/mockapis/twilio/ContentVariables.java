package dev.mockapis.twilio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.internal.JsonSupport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code ContentVariables} as Twilio reads them: a JSON object of placeholder values, each a non-empty
 * string (or a number), filling the template's {@code {{1}}}-style placeholders; a placeholder left out
 * takes the template's default. Anything else is error 21656.
 */
final class ContentVariables {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    private ContentVariables() {}

    /** The values, or an empty map for no {@code ContentVariables}. */
    static Map<String, String> parse(@Nullable String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null) {
            return values;
        }
        JsonNode json;
        try {
            json = JsonSupport.mapper().readTree(raw);
        } catch (JsonProcessingException notJson) {
            throw invalid();
        }
        if (json == null || !json.isObject()) {
            throw invalid();
        }
        for (Map.Entry<String, JsonNode> entry : json.properties()) {
            JsonNode value = entry.getValue();
            if (!(value.isTextual() || value.isNumber()) || value.asText().isEmpty()) {
                throw invalid();
            }
            values.put(entry.getKey(), value.asText());
        }
        return values;
    }

    /** The template's text with every placeholder filled. */
    static String render(ContentTemplate template, Map<String, String> values) {
        return fill(template.text(), template, values);
    }

    /** Any text of the template (a button's title or id) with every placeholder filled. */
    static String fill(String text, ContentTemplate template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text);
        StringBuilder rendered = new StringBuilder();
        while (placeholder.find()) {
            String name = placeholder.group(1);
            String value = values.containsKey(name)
                    ? values.get(name)
                    : template.variables().get(name);
            if (value == null || value.isEmpty()) {
                throw invalid();
            }
            placeholder.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(rendered);
        return rendered.toString();
    }

    private static RuntimeException invalid() {
        return TwilioErrors.raise(TwilioErrors.invalidContentVariables());
    }
}
