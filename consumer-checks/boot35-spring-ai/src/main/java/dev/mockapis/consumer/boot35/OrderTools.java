package dev.mockapis.consumer.boot35;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.ai.tool.annotation.Tool;
import org.springframework.ai.tool.annotation.ToolParam;
import org.springframework.stereotype.Component;

/** The bakery's order book, offered to the model as a tool. */
@Component
public class OrderTools {

    private final List<String> lookedUp = new CopyOnWriteArrayList<>();

    @Tool(description = "Finds the status of a customer's order by its number")
    public String orderStatus(@ToolParam(description = "the order number") String orderNumber) {
        lookedUp.add(orderNumber);
        return "order " + orderNumber + " is ready for pick-up";
    }

    /** The order numbers the model asked about, in order. */
    public List<String> lookedUp() {
        return List.copyOf(lookedUp);
    }
}
