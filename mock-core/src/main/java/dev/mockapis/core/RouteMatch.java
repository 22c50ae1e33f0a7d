package dev.mockapis.core;

import java.util.Map;

/**
 * A request's route: the operation id and the values of the path variables.
 *
 * @param route the route matched
 * @param pathVariables the path variables' values by name
 */
public record RouteMatch(Route route, Map<String, String> pathVariables) {

    /** Copies the variables. */
    public RouteMatch {
        pathVariables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(pathVariables));
    }

    /** The operation id. */
    public String operationId() {
        return route.operationId();
    }
}
