package dev.mockapis.sample.tools;

import dev.mockapis.sample.orders.Order;
import dev.mockapis.sample.orders.OrderServiceClient;
import dev.mockapis.sample.state.SharedStateStore;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code lookup_order}: the status of an order, from the order service; remembers it as the customer's last order. */
@Component
class OrderLookupTool implements AgentTool {

    private final OrderServiceClient orders;
    private final SharedStateStore state;
    private final JsonMapper json;

    OrderLookupTool(OrderServiceClient orders, SharedStateStore state, JsonMapper json) {
        this.orders = orders;
        this.state = state;
        this.json = json;
    }

    @Override
    public String name() {
        return "lookup_order";
    }

    @Override
    public String description() {
        return "Looks up an order by its number: status, items and estimated delivery date.";
    }

    @Override
    public Map<String, Object> parameters() {
        return Schemas.object("order_number", Schemas.string("The order number the customer gave, such as 1001"));
    }

    @Override
    public String execute(ToolContext context, ToolArguments arguments) {
        String number = arguments.text("order_number");
        Optional<Order> order = orders.find(number);
        if (order.isEmpty()) {
            return json.writeValueAsString(Map.of("found", false, "order_number", number));
        }
        state.set(context.customer(), "last_order", number, context.agent());
        return json.writeValueAsString(order.get());
    }
}
