package dev.mockapis.core;

import java.util.Locale;
import java.util.Objects;

/**
 * One operation of an API: an HTTP method and path template, named by an operation id such as
 * {@code messages.create}.
 *
 * @param method the HTTP method, upper case
 * @param path the path template
 * @param operationId the operation id
 */
public record Route(String method, PathTemplate path, String operationId) {

    /** Validates and normalises the method. */
    public Route {
        method = method.toUpperCase(Locale.ROOT);
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(operationId, "operationId");
    }

    /** A route from a method, a template string and an operation id. */
    public static Route of(String method, String pathTemplate, String operationId) {
        return new Route(method, PathTemplate.of(pathTemplate), operationId);
    }

    /** {@code POST /v1/threads -> threads.create}. */
    @Override
    public String toString() {
        return method + " " + path + " -> " + operationId;
    }
}
