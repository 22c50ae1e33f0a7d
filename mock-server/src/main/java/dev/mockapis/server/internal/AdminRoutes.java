package dev.mockapis.server.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dispatches admin requests by method and path ({@code /admin/apis/{api}/scenario}) and turns refusals
 * and failures into JSON errors that never name a Java class.
 */
final class AdminRoutes implements HttpHandler {

    /** What answers one route. */
    @FunctionalInterface
    interface Endpoint {
        void handle(AdminExchange exchange) throws IOException;
    }

    private record Route(String method, List<String> segments, Endpoint endpoint) {}

    private final List<Route> routes = new ArrayList<>();

    AdminRoutes add(String method, String path, Endpoint endpoint) {
        routes.add(new Route(method, segments(path), endpoint));
        return this;
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        try (http) {
            List<String> path = segments(http.getRequestURI().getPath());
            Set<String> allowed = new LinkedHashSet<>();
            for (Route route : routes) {
                Map<String, String> variables = match(route.segments(), path);
                if (variables == null) {
                    continue;
                }
                if (route.method().equals(http.getRequestMethod())) {
                    answer(route.endpoint(), new AdminExchange(http, variables));
                    return;
                }
                allowed.add(route.method());
            }
            AdminExchange exchange = new AdminExchange(http, Map.of());
            if (allowed.isEmpty()) {
                exchange.sendError(
                        404, "No admin endpoint at " + http.getRequestURI().getPath());
            } else {
                http.getResponseHeaders().set("Allow", String.join(", ", allowed));
                exchange.sendError(
                        405, http.getRequestMethod() + " is not allowed here; allowed: " + String.join(", ", allowed));
            }
        }
    }

    private static void answer(Endpoint endpoint, AdminExchange exchange) throws IOException {
        try {
            endpoint.handle(exchange);
        } catch (AdminException e) {
            exchange.sendError(e.status(), e.getMessage());
        } catch (IllegalArgumentException e) {
            exchange.sendError(400, e.getMessage());
        } catch (RuntimeException e) {
            exchange.sendError(500, "The admin request failed: " + e.getMessage());
        }
    }

    private static Map<String, String> match(List<String> pattern, List<String> path) {
        if (pattern.size() != path.size()) {
            return null;
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String expected = pattern.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                variables.put(expected.substring(1, expected.length() - 1), path.get(i));
            } else if (!expected.equals(path.get(i))) {
                return null;
            }
        }
        return variables;
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }
}
