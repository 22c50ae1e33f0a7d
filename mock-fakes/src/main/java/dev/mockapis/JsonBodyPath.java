package dev.mockapis;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path into recorded JSON bodies: JSONPath ({@code $.messages[?(@.role == 'user')].content}, and
 * dotted paths without the {@code $}, such as {@code messages[0].role}) or a JSON Pointer
 * ({@code /messages/0/role}). Values read as text: strings unquoted, objects and arrays as compact JSON.
 */
final class JsonBodyPath {

    /** Reads the parsed body's own nodes, so numbers and nesting stay as the request had them. */
    private static final Configuration NODES = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.ALWAYS_RETURN_LIST, Option.SUPPRESS_EXCEPTIONS)
            .build();

    private static final Configuration PATHS = NODES.setOptions(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS);

    /** One step of a normalized path, {@code ['messages']} or {@code [5]}. */
    private static final Pattern STEP = Pattern.compile("\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(-?\\d+)\\]");

    private final String path;
    private final JsonPath compiled;

    private JsonBodyPath(String path, JsonPath compiled) {
        this.path = path;
        this.compiled = compiled;
    }

    /**
     * @throws IllegalArgumentException when the path is not valid JSONPath, saying why
     */
    static JsonBodyPath of(String path) {
        if (path.isEmpty() || path.startsWith("/")) {
            return new JsonBodyPath(path, null);
        }
        try {
            return new JsonBodyPath(path, JsonPath.compile(path));
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("Not a JSONPath: " + path + " (" + e.getMessage() + ")", e);
        }
    }

    /** The values the path selects in the call's JSON body, in document order; none when it has no JSON body. */
    List<String> values(Interaction call) {
        if (!(call.body() instanceof ParsedBody.Json json)) {
            return List.of();
        }
        if (compiled == null) {
            JsonNode node = json.as(JsonNode.class).at(path);
            return node.isMissingNode() ? List.of() : List.of(text(node));
        }
        Object found = compiled.read(json.as(JsonNode.class), NODES);
        List<String> values = new ArrayList<>();
        if (found instanceof JsonNode nodes) {
            nodes.forEach(node -> values.add(text(node)));
        }
        if (compiled.isDefinite() && values.equals(List.of("null")) && !exists(json.as(JsonNode.class))) {
            return List.of();
        }
        return values;
    }

    /**
     * Whether the definite path leads to a node: JsonPath answers {@code null} both for a JSON null and
     * for an index past the end of an array.
     */
    private boolean exists(JsonNode root) {
        Object paths = compiled.read(root, PATHS);
        if (!(paths instanceof JsonNode list) || list.isEmpty()) {
            return false;
        }
        JsonNode node = root;
        Matcher step = STEP.matcher(list.get(0).asText());
        while (step.find() && node != null) {
            if (step.group(1) != null) {
                node = node.isObject() ? node.get(step.group(1).replace("\\'", "'")) : null;
            } else {
                int index = Integer.parseInt(step.group(2));
                int resolved = index < 0 ? node.size() + index : index;
                node = node.isArray() && resolved >= 0 && resolved < node.size() ? node.get(resolved) : null;
            }
        }
        return node != null;
    }

    /** What the call had at the path, for failure messages: the value, the values in brackets, or {@code (missing)}. */
    String shown(Interaction call) {
        List<String> values = values(call);
        if (values.isEmpty()) {
            return "(missing)";
        }
        boolean definite = compiled == null || compiled.isDefinite();
        return definite ? values.get(0) : values.toString();
    }

    private static String text(JsonNode node) {
        return node.isValueNode() ? node.asText() : node.toString();
    }

    @Override
    public String toString() {
        return path;
    }
}
