package dev.mockapis.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes of one API, matched in the order they were added, and the nearest routes to a request
 * that matches none (so an unmatched request can be reported with what was probably meant).
 */
public final class RouteTable {

    private final List<Route> routes;

    private RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** A table of these routes; earlier ones win when several match. */
    public static RouteTable of(List<Route> routes) {
        return new RouteTable(routes);
    }

    /** A builder of routes. */
    public static Builder builder() {
        return new Builder();
    }

    /** The routes, in matching order. */
    public List<Route> routes() {
        return routes;
    }

    /** The first route whose method and path match. */
    public Optional<RouteMatch> match(String method, String path) {
        for (Route route : routes) {
            if (route.method().equals(method)) {
                Optional<Map<String, String>> variables = route.path().match(path);
                if (variables.isPresent()) {
                    return Optional.of(new RouteMatch(route, variables.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an operation id belongs to this table. */
    public boolean hasOperation(String operationId) {
        return routes.stream().anyMatch(route -> route.operationId().equals(operationId));
    }

    /** Every distinct operation id, in route order. */
    public List<String> operationIds() {
        return routes.stream().map(Route::operationId).distinct().toList();
    }

    /**
     * The routes closest to a request that matched none, best first: a route whose path matches but
     * whose method differs comes first, then routes by the edit distance of their template to the path.
     */
    public List<Route> closest(String method, String path, int limit) {
        return routes.stream()
                .sorted(Comparator.comparingInt((Route route) -> distance(route, method, path)))
                .limit(limit)
                .toList();
    }

    private static int distance(Route route, String method, String path) {
        boolean pathMatches = route.path().match(path).isPresent();
        int methodPenalty = route.method().equals(method) ? 0 : 3;
        if (pathMatches) {
            return methodPenalty - 1_000;
        }
        return segmentDistance(route.path().toString(), path) + methodPenalty;
    }

    /** Edit distance segment by segment, a template variable matching any one segment for free. */
    private static int segmentDistance(String template, String path) {
        String[] expected = template.split("/");
        String[] actual = path.split("/");
        int distance = 0;
        for (int i = 0; i < Math.max(expected.length, actual.length); i++) {
            String want = i < expected.length ? expected[i] : "";
            String got = i < actual.length ? actual[i] : "";
            if (!(want.startsWith("{") && want.endsWith("}") && !got.isEmpty())) {
                distance += EditDistance.between(want, got);
            }
        }
        return distance;
    }

    /** Collects routes. */
    public static final class Builder {
        private final List<Route> routes = new ArrayList<>();

        private Builder() {}

        /** Adds a route. */
        public Builder route(String method, String pathTemplate, String operationId) {
            routes.add(Route.of(method, pathTemplate, operationId));
            return this;
        }

        /** The table. */
        public RouteTable build() {
            return new RouteTable(routes);
        }
    }
}
