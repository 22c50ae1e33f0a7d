package dev.mockapis.openai;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.internal.RequestSchema;
import dev.mockapis.core.internal.RequestViolation;
import java.util.List;
import java.util.Optional;

/**
 * Checks request bodies against {@code request-table.json}, generated from OpenAI's OpenAPI document
 * (see {@code RequestTableGenerator} in the tests), and words what OpenAI refuses as OpenAI does:
 * {@code Unknown parameter: 'messages[0].foo'.}, {@code Invalid type for 'temperature': expected a
 * decimal, but got a string instead.}, {@code Missing required parameter: 'messages'.}
 */
final class OpenAiRequests {

    private OpenAiRequests() {}

    /** Read on first use, so a fake starts without parsing it. */
    private static final class Table {
        static final RequestSchema SCHEMA = RequestSchema.fromResource(OpenAiRequests.class, "request-table.json");
    }

    /** OpenAI's 400 for the first thing it would refuse in the call, if any. */
    static Optional<ProviderError> check(ApiCall call) {
        return Table.SCHEMA.check(call).map(OpenAiRequests::error);
    }

    static ProviderError error(RequestViolation violation) {
        String param = violation.path(".", "[%d]");
        return switch (violation.kind()) {
            case UNKNOWN_PARAMETER ->
                new ProviderError(
                        400,
                        "unknown_parameter",
                        OpenAiErrors.INVALID_REQUEST,
                        "Unknown parameter: '" + param + "'.",
                        param);
            case MISSING_PARAMETER ->
                new ProviderError(
                        400,
                        "missing_required_parameter",
                        OpenAiErrors.INVALID_REQUEST,
                        "Missing required parameter: '" + param + "'.",
                        param);
            case INVALID_TYPE ->
                new ProviderError(
                        400,
                        "invalid_type",
                        OpenAiErrors.INVALID_REQUEST,
                        "Invalid type for '" + param + "': expected " + expected(violation.expected()) + ", but got "
                                + withArticle(violation.actualType()) + " instead.",
                        param);
        };
    }

    /** {@code a string}; {@code one of a string or array of objects}. */
    private static String expected(List<String> types) {
        if (types.size() == 1) {
            return withArticle(types.get(0));
        }
        StringBuilder text = new StringBuilder("one of ");
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                text.append(i == types.size() - 1 ? " or " : ", ");
            }
            String type = types.get(i);
            text.append(type.startsWith("array") ? word(type) : withArticle(type));
        }
        return text.toString();
    }

    private static String withArticle(String type) {
        String word = word(type);
        if (word.startsWith("array")) {
            return "an " + word;
        }
        return (word.startsWith("a") || word.startsWith("i") || word.startsWith("o") ? "an " : "a ") + word;
    }

    private static String word(String type) {
        if (type.startsWith("array<")) {
            return "array of " + word(type.substring(6, type.length() - 1)) + "s";
        }
        return switch (type) {
            case "number" -> "decimal";
            case "null" -> "null";
            default -> type;
        };
    }
}
