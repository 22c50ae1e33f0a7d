package dev.mockapis.core;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A request routed to an operation: what scenario matchers and a fake's handlers see.
 *
 * @param operationId the operation id, such as {@code messages.create}
 * @param pathVariables the path variables' values by name
 * @param request the request
 * @param context what the fake knows about the call beyond its request (see {@link FakeApi#context}), or {@code null}
 */
public record ApiCall(
        String operationId,
        Map<String, String> pathVariables,
        FakeRequest request,
        @Nullable CallContext context) {

    /** Copies the variables. */
    public ApiCall {
        pathVariables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pathVariables));
    }

    /** A call without context. */
    public ApiCall(String operationId, Map<String, String> pathVariables, FakeRequest request) {
        this(operationId, pathVariables, request, null);
    }

    /** A path variable's value. */
    public Optional<String> pathVariable(String name) {
        return Optional.ofNullable(pathVariables.get(name));
    }

    /** This call with a fake-provided context. */
    public ApiCall withContext(@Nullable CallContext newContext) {
        return new ApiCall(operationId, pathVariables, request, newContext);
    }

    /** The context, if there is one of the given type. */
    public <T extends CallContext> Optional<T> context(Class<T> type) {
        return type.isInstance(context) ? Optional.of(type.cast(context)) : Optional.empty();
    }
}
