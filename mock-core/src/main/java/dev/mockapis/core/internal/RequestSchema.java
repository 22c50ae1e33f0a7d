package dev.mockapis.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.ParsedBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What each operation of a provider accepts in its JSON request body: the parameters it knows, their
 * JSON types, which are required, and how deep objects are closed to unknown keys. A fake checks a
 * call against it before answering (see {@link FakeApi#checkRequest}) and words the first
 * {@link RequestViolation} as its provider does.
 *
 * <p>Tables are JSON resources in a compact format: {@code {"operations":{id: node}, "definitions":{name: node}}},
 * a node being {@code {"ref": name}} or any of {@code type} (JSON type names), {@code properties},
 * {@code required}, {@code open} (unknown keys allowed; the default only for objects without
 * properties), {@code items}, {@code anyOf} (alternatives) and {@code enum} (constant values, used to
 * tell alternatives apart). {@code null} is accepted for any property that is not required. Immutable
 * and thread-safe.
 */
public final class RequestSchema {

    private final Map<String, SchemaNode> operations;
    private final SchemaNode.Context context;

    private RequestSchema(Map<String, SchemaNode> operations, SchemaNode.Context context) {
        this.operations = operations;
        this.context = context;
    }

    /**
     * Reads a table from a class-path resource next to a class.
     *
     * @param anchor the class whose package holds the resource
     * @param name the resource's name, relative to that package
     * @throws IllegalStateException when the resource is missing or not a table
     */
    public static RequestSchema fromResource(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("No request table " + name + " beside " + anchor.getName());
            }
            return read(JsonSupport.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request table " + name, e);
        }
    }

    /**
     * Reads a table from its JSON text.
     *
     * @throws IllegalArgumentException when the text is not a table
     */
    public static RequestSchema fromJson(String json) {
        try {
            return read(JsonSupport.mapper().readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a request table", e);
        }
    }

    private static RequestSchema read(JsonNode table) {
        Map<String, SchemaNode> operations = new LinkedHashMap<>();
        table.path("operations").properties().forEach(e -> operations.put(e.getKey(), SchemaNode.read(e.getValue())));
        Map<String, SchemaNode> definitions = new LinkedHashMap<>();
        table.path("definitions").properties().forEach(e -> definitions.put(e.getKey(), SchemaNode.read(e.getValue())));
        return new RequestSchema(
                Map.copyOf(operations), new SchemaNode.Context(Map.copyOf(definitions), name -> name, false));
    }

    /**
     * This table, reading each property name the table does not know as {@code alias} rewrites it too
     * (Gemini takes {@code generation_config} for {@code generationConfig}).
     */
    public RequestSchema withAlias(UnaryOperator<String> alias) {
        return new RequestSchema(
                operations,
                new SchemaNode.Context(
                        context.definitions(), Objects.requireNonNull(alias, "alias"), context.singleForList()));
    }

    /**
     * This table, taking a single value where a list is expected as a list of one, checked as its item
     * (Google's JSON parser reads a repeated field that way: {@code "parts": {"text": "Hi"}}).
     */
    public RequestSchema withSingleValuesForLists() {
        return new RequestSchema(operations, new SchemaNode.Context(context.definitions(), context.alias(), true));
    }

    /** Whether the table describes the operation's body. */
    public boolean covers(String operationId) {
        return operations.containsKey(operationId);
    }

    /** The operations the table describes. */
    public List<String> operationIds() {
        return List.copyOf(operations.keySet());
    }

    /**
     * The first thing in the call's JSON body the provider would refuse. Calls of operations the table
     * does not describe, and bodies that are not JSON (the fake reports those itself), pass.
     */
    public Optional<RequestViolation> check(ApiCall call) {
        SchemaNode schema = operations.get(call.operationId());
        if (schema == null || !(call.request().parsedBody() instanceof ParsedBody.Json json)) {
            return Optional.empty();
        }
        return Optional.ofNullable(schema.check(json.as(JsonNode.class), List.of(), context));
    }
}
