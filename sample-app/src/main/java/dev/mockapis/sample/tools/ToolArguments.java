package dev.mockapis.sample.tools;

import java.util.Map;

/**
 * The arguments a model passed to a tool.
 *
 * @param values the arguments by name
 */
public record ToolArguments(Map<String, Object> values) {

    /** A required text argument. */
    public String text(String name) {
        Object value = values.get(name);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException("Missing argument '" + name + "'");
        }
        return value.toString();
    }

    /** An optional text argument, or the fallback. */
    public String text(String name, String fallback) {
        Object value = values.get(name);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
