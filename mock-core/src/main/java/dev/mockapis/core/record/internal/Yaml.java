package dev.mockapis.core.record.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads and writes recordings as YAML, strings quoted only where YAML would read them otherwise. */
public final class Yaml {

    private static final ObjectMapper MAPPER = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build());

    private static final ObjectMapper JSON = new ObjectMapper();

    private Yaml() {}

    /** The tree as YAML text. */
    public static String write(JsonNode tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recording cannot be written as YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** YAML or JSON text as a tree. */
    public static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** JSON text as a tree, or {@code null} when it is not JSON. */
    public static JsonNode readJsonOrNull(String text) {
        String trimmed = text.strip();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return null;
        }
        try {
            return JSON.readTree(trimmed);
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }
}
