package dev.mockapis.sample.orders;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.CustomApi;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.Fault;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * A fake of the business's order service, on the MockApis engine: listed in the test
 * {@code META-INF/spring.factories}, it starts with the other fakes and its URL is
 * {@code mockapis.order-service.base-url}. Scenarios: {@code orders_timeout}, {@code orders_down},
 * {@code orders_flaky}, and {@code orders_recovering} from a scenario file.
 */
public class OrderServiceApiDefinition implements MockApiDefinition {

    /** The api's name in tests and properties. */
    public static final String NAME = "order-service";

    private static final Map<String, String> ORDERS = Map.of(
            "1001",
                    "{\"number\":\"1001\",\"status\":\"SHIPPED\",\"items\":[\"Spring bouquet\"],\"estimatedDelivery\":\"2026-11-24\"}",
            "1002",
                    "{\"number\":\"1002\",\"status\":\"PROCESSING\",\"items\":[\"Orchid\",\"Vase\"],\"estimatedDelivery\":\"2026-11-27\"}",
            "1003", "{\"number\":\"1003\",\"status\":\"DELIVERED\",\"items\":[\"Roses\"],\"estimatedDelivery\":null}");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return CustomApi.named(NAME)
                .route("GET", "/orders/{number}", "orders.get", call -> {
                    String order = ORDERS.get(call.pathVariable("number").orElseThrow());
                    return order == null
                            ? FakeResponse.json(
                                    404, "{\"error\":{\"code\":\"not_found\",\"message\":\"No such order\"}}")
                            : FakeResponse.json(200, order);
                })
                .scenario(Scenario.builder("orders_timeout")
                        .description("The order service never answers")
                        .on("orders.get", rule -> rule.fault(Fault.stall()))
                        .build())
                .scenario(Scenario.builder("orders_down")
                        .description("The order service answers 503 to everything")
                        .on(
                                "orders.get",
                                rule -> rule.fail(ProviderError.of(
                                        503, "unavailable", "The order service is down for maintenance")))
                        .build())
                .scenario(Scenario.builder("orders_flaky")
                        .description("The connection drops twice, then the order service answers")
                        .on(
                                "orders.get",
                                rule -> rule.fault(Fault.connectionReset())
                                        .fault(Fault.connectionReset())
                                        .proceed())
                        .build())
                .build();
    }
}
