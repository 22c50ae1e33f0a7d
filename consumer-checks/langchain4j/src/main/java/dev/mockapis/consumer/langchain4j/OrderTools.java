package dev.mockapis.consumer.langchain4j;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/** The bakery's order book, offered to the models as a tool. */
@Component
public class OrderTools {

    private final List<String> lookedUp = new CopyOnWriteArrayList<>();

    @Tool("Finds the status of a customer's order by its number")
    public String orderStatus(@P("the order number") String orderNumber) {
        lookedUp.add(orderNumber);
        return "order " + orderNumber + " is ready for pick-up";
    }

    /** The order numbers the models asked about, in order. */
    public List<String> lookedUp() {
        return List.copyOf(lookedUp);
    }

    /** Forgets the lookups, between tests. */
    public void clear() {
        lookedUp.clear();
    }
}
