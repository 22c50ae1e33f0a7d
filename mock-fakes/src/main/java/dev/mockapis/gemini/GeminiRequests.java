package dev.mockapis.gemini;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.internal.RequestSchema;
import dev.mockapis.core.internal.RequestViolation;
import java.util.List;
import java.util.Optional;

/**
 * Checks request bodies against {@code request-table.json} (GenerateContentRequest as the Gemini API
 * reference gives it, in camelCase; snake_case names are accepted too, as Google's JSON parser does) and
 * words what Gemini refuses as Google's parser does, naming fields in snake_case:
 * {@code Invalid JSON payload received. Unknown name "foo" at 'generation_config': Cannot find field.},
 * {@code Invalid value at 'generation_config.temperature' (TYPE_FLOAT), "hot"},
 * {@code * GenerateContentRequest.contents: contents is not specified}, with a {@code google.rpc.BadRequest}
 * detail naming the field.
 */
final class GeminiRequests {

    private GeminiRequests() {}

    /** Read on first use, so a fake starts without parsing it. */
    private static final class Table {
        static final RequestSchema SCHEMA = RequestSchema.fromResource(GeminiRequests.class, "request-table.json")
                .withAlias(GeminiRequests::camelCase)
                .withSingleValuesForLists();
    }

    /** Gemini's 400 for the first thing it would refuse in the call, if any. */
    static Optional<ProviderError> check(ApiCall call) {
        return Table.SCHEMA.check(call).map(violation -> error(violation, requestMessage(call.operationId())));
    }

    /** The name of the protobuf message an operation's body is, as Google's errors name it. */
    private static String requestMessage(String operationId) {
        return switch (operationId) {
            case "batches.create" -> "BatchGenerateContentRequest";
            case "models.generate_videos" -> "PredictLongRunningRequest";
            case "caches.create" -> "CreateCachedContentRequest";
            case "caches.update" -> "UpdateCachedContentRequest";
            default -> "GenerateContentRequest";
        };
    }

    static ProviderError error(RequestViolation violation, String requestMessage) {
        List<Object> path = violation.path();
        String field = snakeCase(violation.path(".", "[%d]"));
        String name = violation.name();
        String parent = snakeCase(new RequestViolation(
                        violation.kind(), path.subList(0, Math.max(0, path.size() - 1)), List.of(), "", "")
                .path(".", "[%d]"));
        String message = switch (violation.kind()) {
            case UNKNOWN_PARAMETER ->
                "Invalid JSON payload received. Unknown name \"" + name + "\""
                        + (parent.isEmpty() ? "" : " at '" + parent + "'") + ": Cannot find field.";
            case MISSING_PARAMETER ->
                "* " + requestMessage + "." + field + ": " + snakeCase(name) + " is not specified\n";
            case INVALID_TYPE -> invalidValue(violation, field, name, parent);
        };
        String at = violation.kind() == RequestViolation.Kind.UNKNOWN_PARAMETER ? parent : field;
        return GeminiErrors.invalidArgument(message).withParam(at);
    }

    private static String invalidValue(RequestViolation violation, String field, String name, String parent) {
        String expected = violation.expected().get(0);
        boolean scalarExpected = !expected.startsWith("array") && !expected.equals("object");
        if (scalarExpected && violation.actualType().equals("array")) {
            return "Invalid JSON payload received. Unknown name \"" + name + "\""
                    + (parent.isEmpty() ? "" : " at '" + parent + "'")
                    + ": Proto field is not repeating, cannot start list.";
        }
        if (scalarExpected && violation.actualType().equals("object")) {
            return "Invalid JSON payload received. Unknown name \"" + name + "\""
                    + (parent.isEmpty() ? "" : " at '" + parent + "'") + ": Starting an object on a scalar field.";
        }
        return "Invalid value at '" + field + "' (" + protoType(expected) + "), " + violation.actualText();
    }

    private static String protoType(String type) {
        return switch (type) {
            case "string" -> "TYPE_STRING";
            case "integer" -> "TYPE_INT32";
            case "number" -> "TYPE_FLOAT";
            case "boolean" -> "TYPE_BOOL";
            default -> "TYPE_MESSAGE";
        };
    }

    /** {@code generation_config} for {@code generationConfig}. */
    static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder();
        for (char c : name.toCharArray()) {
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    /** {@code generationConfig} for {@code generation_config}. */
    static String camelCase(String name) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' && camel.length() > 0) {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
