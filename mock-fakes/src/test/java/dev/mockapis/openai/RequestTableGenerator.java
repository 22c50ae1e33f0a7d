package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mockapis.core.Route;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Builds the OpenAI fake's request table ({@code request-table.json}, read by {@code OpenAiRequests})
 * from OpenAI's published OpenAPI document: for every route of the fake that takes a JSON body, the
 * request schema the document gives that path and method, with {@code $ref}s kept as named definitions,
 * {@code allOf} merged, {@code oneOf}/{@code anyOf} kept as alternatives, {@code nullable} as a
 * {@code null} type, and objects closed unless {@code additionalProperties} opens them. Routes whose
 * bodies the document gives only as {@code multipart/form-data} (file uploads, upload parts, audio
 * transcriptions and translations, image variations) are left out: the fake reads those forms itself.
 */
final class RequestTableGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode spec;
    private final Map<String, ObjectNode> definitions = new TreeMap<>();

    RequestTableGenerator(JsonNode spec) {
        this.spec = spec;
    }

    /** Reads the OpenAPI document (YAML, about 3 MB). */
    static JsonNode readSpec(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        ObjectMapper yaml =
                new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
        return yaml.readTree(Files.newBufferedReader(file));
    }

    /** The table for these routes, as the text committed beside the fake: one operation or definition a line. */
    String table(List<Route> routes) {
        Map<String, ObjectNode> operations = new LinkedHashMap<>();
        for (Route route : routes) {
            String template = route.path().toString();
            if (template.startsWith("/v1/") || operations.containsKey(route.operationId())) {
                continue;
            }
            JsonNode schema = requestSchema(template, route.method());
            if (schema != null) {
                operations.put(route.operationId(), compile(schema));
            }
        }
        StringBuilder text = new StringBuilder("{\"operations\":{\n");
        appendEntries(text, operations);
        text.append("},\"definitions\":{\n");
        appendEntries(text, definitions);
        return text.append("}}\n").toString();
    }

    /**
     * Every model id the document names as a value of a request's {@code model}, over all its operations
     * (JSON and multipart bodies), in the document's order: the catalogue the fake serves and accepts.
     */
    List<String> modelIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode path : spec.path("paths")) {
            for (JsonNode operation : path) {
                for (JsonNode content : operation.path("requestBody").path("content")) {
                    JsonNode model = properties(content.path("schema"), new java.util.HashSet<>())
                            .get("model");
                    if (model != null) {
                        enumValues(model, ids, new java.util.HashSet<>());
                    }
                }
            }
        }
        return List.copyOf(ids);
    }

    private Map<String, JsonNode> properties(JsonNode schema, Set<String> seen) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = referenced(schema, seen);
        if (resolved == null) {
            return properties;
        }
        resolved.path("properties").properties().forEach(p -> properties.put(p.getKey(), p.getValue()));
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            resolved.path(combinator).forEach(part -> properties.putAll(properties(part, seen)));
        }
        return properties;
    }

    private void enumValues(JsonNode schema, Set<String> ids, Set<String> seen) {
        JsonNode resolved = referenced(schema, seen);
        if (resolved == null) {
            return;
        }
        resolved.path("enum").forEach(value -> {
            if (value.isTextual()) {
                ids.add(value.asText());
            }
        });
        for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
            resolved.path(combinator).forEach(part -> enumValues(part, ids, seen));
        }
    }

    /** The schema a {@code $ref} names (once per walk, as schemas refer to themselves), or the schema itself. */
    private JsonNode referenced(JsonNode schema, Set<String> seen) {
        if (!schema.has("$ref")) {
            return schema;
        }
        String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
        return seen.add(name) ? spec.path("components").path("schemas").path(name) : null;
    }

    private static void appendEntries(StringBuilder text, Map<String, ObjectNode> entries) {
        int left = entries.size();
        for (Map.Entry<String, ObjectNode> entry : entries.entrySet()) {
            text.append(NODES.textNode(entry.getKey())).append(':').append(entry.getValue());
            text.append(--left > 0 ? ",\n" : "\n");
        }
    }

    private JsonNode requestSchema(String template, String method) {
        String wanted = normalized(template);
        for (Map.Entry<String, JsonNode> path : spec.path("paths").properties()) {
            if (normalized(path.getKey()).equals(wanted)) {
                JsonNode schema = path.getValue()
                        .path(method.toLowerCase(java.util.Locale.ROOT))
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                return schema.isMissingNode() ? null : schema;
            }
        }
        return null;
    }

    private static String normalized(String template) {
        return template.replaceAll("\\{[^}]*}", "{}");
    }

    private ObjectNode compile(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().replace("#/components/schemas/", "");
            define(name);
            return NODES.objectNode().put("ref", name);
        }
        if (schema.has("allOf")) {
            List<ObjectNode> parts = new ArrayList<>();
            schema.get("allOf").forEach(part -> parts.add(compile(part)));
            ObjectNode own = compileOwn(schema);
            if (own.size() > 0) {
                parts.add(own);
            }
            return merge(parts);
        }
        JsonNode alternatives = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
        if (alternatives != null) {
            ObjectNode own = compileOwn(schema);
            ArrayNode anyOf = NODES.arrayNode();
            alternatives.forEach(alternative -> {
                ObjectNode compiled = compile(alternative);
                anyOf.add(own.has("properties") ? merge(List.of(own, compiled)) : compiled);
            });
            if (own.has("type") && own.get("type").toString().contains("null")) {
                anyOf.addObject().putArray("type").add("null");
            }
            return NODES.objectNode().set("anyOf", anyOf);
        }
        return compileOwn(schema);
    }

    /** The schema's own keywords: type, nullable, enum/const, properties, required, additionalProperties, items. */
    private ObjectNode compileOwn(JsonNode schema) {
        ObjectNode node = NODES.objectNode();
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type != null) {
            if (type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else {
                types.add(type.asText());
            }
        }
        if (schema.path("nullable").asBoolean(false) && !types.isEmpty()) {
            types.add("null");
        }
        if (!types.isEmpty()) {
            ArrayNode array = node.putArray("type");
            types.forEach(array::add);
        }
        ArrayNode constants = NODES.arrayNode();
        if (schema.has("const") && schema.get("const").isTextual()) {
            constants.add(schema.get("const").asText());
        }
        schema.path("enum").forEach(value -> {
            if (value.isTextual()) {
                constants.add(value.asText());
            }
        });
        if (!constants.isEmpty()) {
            node.set("enum", constants);
        }
        if (schema.has("properties")) {
            ObjectNode properties = node.putObject("properties");
            schema.get("properties").properties().forEach(p -> properties.set(p.getKey(), compile(p.getValue())));
        }
        if (schema.has("required")) {
            node.set("required", schema.get("required").deepCopy());
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && !(additional.isBoolean() && !additional.asBoolean())) {
            node.put("open", true);
        }
        if (schema.has("items")) {
            node.set("items", compile(schema.get("items")));
        }
        return node;
    }

    private void define(String name) {
        if (definitions.containsKey(name)) {
            return;
        }
        definitions.put(name, NODES.objectNode());
        JsonNode schema = spec.path("components").path("schemas").path(name);
        if (schema.isMissingNode()) {
            throw new IllegalStateException("The spec has no schema " + name);
        }
        ObjectNode compiled = compile(schema);
        if (name.equals("ChatCompletionRequestToolMessage")
                && compiled.path("properties").isObject()) {
            // OpenAI accepts a tool message's name although the document omits it, and Spring AI 1.1 sends it
            ((ObjectNode) compiled.get("properties"))
                    .putObject("name")
                    .putArray("type")
                    .add("string");
        }
        definitions.put(name, compiled);
    }

    private ObjectNode resolved(ObjectNode node) {
        ObjectNode current = node;
        while (current.has("ref")) {
            current = definitions.get(current.get("ref").asText());
        }
        return current;
    }

    /** allOf: properties and required lists joined, types intersected; a part with alternatives distributes over them. */
    private ObjectNode merge(List<ObjectNode> parts) {
        List<ObjectNode> concrete = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            ObjectNode part = resolved(parts.get(i));
            if (part.has("anyOf")) {
                ArrayNode anyOf = NODES.arrayNode();
                for (JsonNode alternative : part.get("anyOf")) {
                    List<ObjectNode> with = new ArrayList<>(parts);
                    with.set(i, (ObjectNode) alternative);
                    anyOf.add(merge(with));
                }
                return NODES.objectNode().set("anyOf", anyOf);
            }
            concrete.add(part);
        }
        ObjectNode merged = NODES.objectNode();
        Set<String> types = null;
        ObjectNode properties = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        boolean open = false;
        for (ObjectNode part : concrete) {
            if (part.has("type")) {
                Set<String> partTypes = new LinkedHashSet<>();
                part.get("type").forEach(t -> partTypes.add(t.asText()));
                if (types == null) {
                    types = partTypes;
                } else {
                    types.retainAll(partTypes);
                }
            }
            part.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            part.path("required").forEach(r -> required.add(r.asText()));
            open |= part.path("open").asBoolean(false);
            if (part.has("items")) {
                merged.set("items", part.get("items"));
            }
            if (part.has("enum")) {
                merged.set("enum", part.get("enum"));
            }
        }
        if (types != null) {
            ArrayNode array = merged.putArray("type");
            types.forEach(array::add);
        }
        if (!properties.isEmpty()) {
            merged.set("properties", properties);
        }
        if (!required.isEmpty()) {
            ArrayNode array = merged.putArray("required");
            required.forEach(array::add);
        }
        if (open) {
            merged.put("open", true);
        }
        return merged;
    }
}
