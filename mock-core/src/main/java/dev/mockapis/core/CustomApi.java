package dev.mockapis.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A fake of your own HTTP dependency, built from routes and handlers, with the same scenarios, faults,
 * rate limits and interaction log as the built-in providers.
 *
 * <pre>{@code
 * Map<String, String> forecasts = new ConcurrentHashMap<>();
 * FakeApi weather = CustomApi.named("weather")
 *         .route("GET", "/v1/forecast/{city}", "forecast.get",
 *                 call -> FakeResponse.json(200, "{\"city\":\"" + call.pathVariable("city").orElseThrow() + "\"}"))
 *         .scenario(Scenario.builder("weather_down").on("forecast.get", r -> r.fail(ProviderError.of(503, "down", "Down"))).build())
 *         .onReset(forecasts::clear)
 *         .build();
 * }</pre>
 */
public final class CustomApi implements FakeApi {

    /** Errors as {@code {"error":{"code":...,"message":...}}}, unless the builder is given another format. */
    public static final ErrorFormat JSON_ERRORS = new ErrorFormat() {
        @Override
        public FakeResponse render(ProviderError error) {
            ObjectNode body = JsonSupport.object();
            body.putObject("error").put("code", error.code()).put("message", error.message());
            return FakeResponse.json(error.status(), body);
        }

        @Override
        public ProviderError unknownRoute(FakeRequest request) {
            return ProviderError.of(404, "not_found", "No route for " + request.method() + " " + request.path());
        }

        @Override
        public ProviderError malformedBody(FakeRequest request, String reason) {
            return ProviderError.of(400, "bad_request", reason);
        }
    };

    private final String name;
    private final RouteTable routes;
    private final Map<String, BiFunction<ApiCall, Directive, FakeResponse>> handlers;
    private final ErrorFormat errors;
    private final ScenarioCatalog scenarios;
    private final Runnable onReset;

    private CustomApi(Builder builder) {
        this.name = builder.name;
        this.routes = RouteTable.of(builder.routes);
        this.handlers = Map.copyOf(builder.handlers);
        this.errors = builder.errors;
        List<Scenario> all = new ArrayList<>();
        all.add(Scenario.unscripted("default", "The handlers' own behaviour"));
        all.addAll(builder.scenarios);
        this.scenarios = ScenarioCatalog.of(name, all);
        this.onReset = builder.onReset;
    }

    /** Starts a custom api; the name is what tests and properties call it. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public RouteTable routes() {
        return routes;
    }

    @Override
    public ErrorFormat errorFormat() {
        return errors;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    @Override
    public FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        return Objects.requireNonNull(handlers.get(call.operationId()), call.operationId())
                .apply(call, directive);
    }

    @Override
    public void reset() {
        onReset.run();
    }

    /** Collects routes, handlers and scenarios. */
    public static final class Builder {
        private final String name;
        private final List<Route> routes = new ArrayList<>();
        private final Map<String, BiFunction<ApiCall, Directive, FakeResponse>> handlers = new LinkedHashMap<>();
        private final List<Scenario> scenarios = new ArrayList<>();
        private ErrorFormat errors = JSON_ERRORS;
        private Runnable onReset = () -> {};

        private Builder(String name) {
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException(
                        "An api name is lower-case letters, digits and dashes, was '" + name + "'");
            }
            this.name = name;
        }

        /** A route answered by a handler of the call. */
        public Builder route(
                String method, String pathTemplate, String operationId, Function<ApiCall, FakeResponse> handler) {
            return route(method, pathTemplate, operationId, (call, directive) -> handler.apply(call));
        }

        /** A route answered by a handler of the call and the scenario's directive (null when none). */
        public Builder route(
                String method,
                String pathTemplate,
                String operationId,
                BiFunction<ApiCall, @Nullable Directive, FakeResponse> handler) {
            Objects.requireNonNull(handler, "handler");
            routes.add(Route.of(method, pathTemplate, operationId));
            handlers.putIfAbsent(operationId, handler);
            return this;
        }

        /** A built-in scenario of this api, selectable by name; the default is "default", the handlers alone. */
        public Builder scenario(Scenario scenario) {
            scenarios.add(scenario);
            return this;
        }

        /** The api's own error shape. */
        public Builder errors(ErrorFormat format) {
            this.errors = Objects.requireNonNull(format, "format");
            return this;
        }

        /** What to forget after each test, for handlers that keep state. */
        public Builder onReset(Runnable action) {
            this.onReset = Objects.requireNonNull(action, "action");
            return this;
        }

        /** The api. */
        public CustomApi build() {
            if (routes.isEmpty()) {
                throw new IllegalArgumentException("The " + name + " api needs at least one route");
            }
            return new CustomApi(this);
        }
    }
}
