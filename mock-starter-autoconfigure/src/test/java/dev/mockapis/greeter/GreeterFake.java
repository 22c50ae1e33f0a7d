package dev.mockapis.greeter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.RouteTable;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny stateful fake for testing the Spring machinery without the provider fakes. */
public final class GreeterFake implements FakeApi {

    private final String salutation;
    private final Map<String, ObjectNode> greetings = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public GreeterFake(String salutation) {
        this.salutation = salutation;
    }

    @Override
    public String name() {
        return "greeter";
    }

    @Override
    public RouteTable routes() {
        return RouteTable.builder()
                .route("POST", "/v1/greetings", "greetings.create")
                .route("GET", "/v1/greetings/{id}", "greetings.retrieve")
                .route("GET", "/v1/greetings", "greetings.list")
                .build();
    }

    @Override
    public ErrorFormat errorFormat() {
        return new ErrorFormat() {
            @Override
            public FakeResponse render(ProviderError error) {
                ObjectNode body = JsonSupport.object();
                body.putObject("error").put("code", error.code()).put("message", error.message());
                return FakeResponse.json(error.status(), body);
            }

            @Override
            public ProviderError unknownRoute(FakeRequest request) {
                return ProviderError.of(404, "not_found", "No route for " + request);
            }

            @Override
            public ProviderError malformedBody(FakeRequest request, String reason) {
                return ProviderError.of(400, "bad_request", reason);
            }
        };
    }

    @Override
    public ScenarioCatalog scenarios() {
        return ScenarioCatalog.of(
                "greeter",
                List.of(
                        Scenario.unscripted("friendly", "Greets everyone"),
                        Scenario.builder("grumpy")
                                .description("Refuses to greet")
                                .on("greetings.create", r -> r.fail(ProviderError.of(503, "grumpy", "Not today")))
                                .build(),
                        Scenario.builder("flaky")
                                .description("Fails twice, then greets")
                                .on(
                                        "greetings.create",
                                        r -> r.fail(ProviderError.of(503, "flaky", "Try again"))
                                                .fail(ProviderError.of(503, "flaky", "Try again"))
                                                .proceed())
                                .build()));
    }

    @Override
    public FakeResponse handle(ApiCall call, Directive directive) {
        switch (call.operationId()) {
            case "greetings.create": {
                String id = "gr_" + ids.incrementAndGet();
                ObjectNode greeting = JsonSupport.object()
                        .put("id", id)
                        .put(
                                "text",
                                salutation + " "
                                        + call.request()
                                                .json(JsonNode.class)
                                                .path("name")
                                                .asText());
                greetings.put(id, greeting);
                return FakeResponse.json(201, greeting);
            }
            case "greetings.retrieve": {
                ObjectNode greeting = greetings.get(call.pathVariable("id").orElseThrow());
                if (greeting == null) {
                    throw new ProviderErrorException(ProviderError.of(
                            404,
                            "not_found",
                            "No greeting " + call.pathVariable("id").get()));
                }
                return FakeResponse.json(200, greeting);
            }
            default: {
                ObjectNode list = JsonSupport.object();
                ArrayNode data = list.putArray("data");
                greetings.values().forEach(data::add);
                return FakeResponse.json(200, list);
            }
        }
    }

    @Override
    public void reset() {
        greetings.clear();
        ids.set(0);
    }
}
