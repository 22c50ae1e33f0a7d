package dev.mockapis.core;

import java.util.Map;
import java.util.Optional;

/**
 * A request routed to an operation: what scenario matchers and a fake's handlers see.
 *
 * @param operationId the operation id, such as {@code messages.create}
 * @param pathVariables the path variables' values by name
 * @param request the request
 */
public record ApiCall(String operationId, Map<String, String> pathVariables, FakeRequest request) {

    /** Copies the variables. */
    public ApiCall {
        pathVariables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pathVariables));
    }

    /** A path variable's value. */
    public Optional<String> pathVariable(String name) {
        return Optional.ofNullable(pathVariables.get(name));
    }
}
