package dev.mockapis.anthropic;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.internal.RequestSchema;
import dev.mockapis.core.internal.RequestViolation;
import java.util.Optional;

/**
 * Checks request bodies against {@code request-table.json} (the Messages API's parameters, from
 * Anthropic's API reference and anthropic-java's request types, beta parameters included) and words what
 * Anthropic refuses as its validation does: {@code foo: Extra inputs are not permitted},
 * {@code max_tokens: Field required}, {@code max_tokens: Input should be a valid integer}.
 */
final class AnthropicRequests {

    private AnthropicRequests() {}

    /** Read on first use, so a fake starts without parsing it. */
    private static final class Table {
        static final RequestSchema SCHEMA = RequestSchema.fromResource(AnthropicRequests.class, "request-table.json");
    }

    /** Anthropic's 400 for the first thing it would refuse in the call, if any. */
    static Optional<ProviderError> check(ApiCall call) {
        return Table.SCHEMA.check(call).map(AnthropicRequests::error);
    }

    static ProviderError error(RequestViolation violation) {
        String path = violation.path(".", ".%d");
        String problem = switch (violation.kind()) {
            case UNKNOWN_PARAMETER -> "Extra inputs are not permitted";
            case MISSING_PARAMETER -> "Field required";
            case INVALID_TYPE ->
                "Input should be a valid " + word(violation.expected().get(0));
        };
        return AnthropicErrors.invalidRequest(path + ": " + problem);
    }

    private static String word(String type) {
        if (type.startsWith("array")) {
            return "list";
        }
        return switch (type) {
            case "object" -> "dictionary";
            default -> type;
        };
    }
}
