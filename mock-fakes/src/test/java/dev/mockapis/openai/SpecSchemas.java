package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.core.ObjectMappers;
import com.openai.core.http.HttpResponseFor;
import dev.mockapis.core.InteractionLog;
import dev.mockapis.core.internal.JsonSupport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks JSON against component schemas of OpenAI's published OpenAPI document (the subset in
 * {@code openai-spec/schemas.json}, made by {@code extract.py} beside it): types, {@code nullable},
 * required keys, enums, constants, items, {@code oneOf}/{@code anyOf}/{@code allOf} and closed objects.
 */
final class SpecSchemas {

    private static final JsonNode SCHEMAS = load();

    private SpecSchemas() {}

    /** Asserts that the JSON text is valid for the named schema, listing every violation otherwise. */
    static void assertValid(String schema, String json) {
        assertValid(schema, readTree(json));
    }

    static void assertValid(String schema, JsonNode json) {
        List<String> problems = new ArrayList<>();
        check(named(schema), json, "$", problems);
        assertThat(problems).as("%s against %s", json, schema).isEmpty();
    }

    /**
     * The body of the fake's latest answer, as its interaction log recorded it. The log keeps only the start of
     * a body longer than {@link InteractionLog#MAX_BODY_CHARS} characters: check those with {@link #parsed}.
     */
    static String lastResponseBody(dev.mockapis.core.FakeServer server) {
        List<dev.mockapis.core.Interaction> all = server.interactions().all();
        String body = all.get(all.size() - 1).responseBody();
        if (body.length() > InteractionLog.MAX_BODY_CHARS) {
            throw new IllegalStateException("The log keeps only the start of this " + body.length()
                    + "-character body; call the SDK withRawResponse() and check it with SpecSchemas.parsed(...)");
        }
        return body;
    }

    /**
     * Reads the whole body of a raw SDK response, checks it against the named schema, and parses it with the
     * SDK's own mapper, so the caller can {@code validate()} it as strict validation would.
     */
    static <T> T parsed(String schema, HttpResponseFor<T> response, Class<T> type) {
        try (response;
                InputStream in = response.body()) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertValid(schema, json);
            return ObjectMappers.jsonMapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JsonSupport.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode named(String name) {
        JsonNode schema = SCHEMAS.path("schemas").get(name);
        if (schema == null) {
            throw new IllegalArgumentException("schemas.json has no " + name + "; add it to extract.py's ROOTS");
        }
        return schema;
    }

    private static void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            check(named(ref.substring(ref.lastIndexOf('/') + 1)), value, at, problems);
            return;
        }
        if (value.isNull() && (schema.path("nullable").asBoolean(false) || allowsType(schema, "null"))) {
            return;
        }
        for (JsonNode part : schema.path("allOf")) {
            check(part, value, at, problems);
        }
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (schema.has(combinator)) {
                boolean any = false;
                List<String> firstProblems = null;
                for (JsonNode option : schema.get(combinator)) {
                    List<String> optionProblems = new ArrayList<>();
                    check(option, value, at, optionProblems);
                    if (optionProblems.isEmpty()) {
                        any = true;
                        break;
                    }
                    if (firstProblems == null || optionProblems.size() < firstProblems.size()) {
                        firstProblems = optionProblems;
                    }
                }
                if (!any) {
                    problems.add(at + ": matches no " + combinator + " option; closest fails with " + firstProblems);
                }
            }
        }
        if (schema.has("type") && !typeMatches(schema.get("type"), value)) {
            problems.add(at + ": expected " + schema.get("type") + " but was " + value);
            return;
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value)
                        || (allowed.isNumber() && value.isNumber() && allowed.asDouble() == value.asDouble());
            }
            if (!listed) {
                problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (schema.has("const") && !schema.get("const").equals(value)) {
            problems.add(at + ": expected " + schema.get("const") + " but was " + value);
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                if (!value.has(required.asText())) {
                    problems.add(at + ": missing required key '" + required.asText() + "'");
                }
            }
            JsonNode properties = schema.path("properties");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                JsonNode property = properties.get(field.getKey());
                if (property != null) {
                    check(property, field.getValue(), at + "." + field.getKey(), problems);
                } else if (schema.has("additionalProperties")) {
                    JsonNode additional = schema.get("additionalProperties");
                    if (additional.isBoolean() && !additional.asBoolean()) {
                        problems.add(at + ": unknown key '" + field.getKey() + "'");
                    } else if (additional.isObject()) {
                        check(additional, field.getValue(), at + "." + field.getKey(), problems);
                    }
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(schema.get("items"), value.get(i), at + "[" + i + "]", problems);
            }
        }
    }

    private static boolean allowsType(JsonNode schema, String type) {
        JsonNode declared = schema.get("type");
        if (declared == null) {
            return false;
        }
        if (declared.isArray()) {
            for (JsonNode one : declared) {
                if (one.asText().equals(type)) {
                    return true;
                }
            }
            return false;
        }
        return declared.asText().equals(type);
    }

    private static boolean typeMatches(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (typeMatches(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static JsonNode load() {
        try (InputStream in = SpecSchemas.class.getResourceAsStream("/openai-spec/schemas.json")) {
            return JsonSupport.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
