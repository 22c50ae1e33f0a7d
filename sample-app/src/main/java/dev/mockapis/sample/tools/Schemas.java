package dev.mockapis.sample.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the small JSON Schemas of the tools' arguments. */
public final class Schemas {

    private Schemas() {}

    /** An object schema with these properties (name, then property schema), all of them required. */
    public static Map<String, Object> object(Object... namesAndSchemas) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndSchemas.length; i += 2) {
            properties.put((String) namesAndSchemas[i], namesAndSchemas[i + 1]);
        }
        return Map.of(
                "type",
                "object",
                "properties",
                properties,
                "required",
                List.copyOf(properties.keySet()),
                "additionalProperties",
                false);
    }

    /** A string schema with this description. */
    public static Map<String, Object> string(String description) {
        return Map.of("type", "string", "description", description);
    }
}
