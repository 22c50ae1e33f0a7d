package dev.mockapis.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.function.Supplier;

/** The endpoints about the whole server: health, the apis and their URLs, reset of every fake. */
final class ServerEndpoints {

    private final RunningFakes fakes;
    private final Supplier<ObjectNode> description;

    ServerEndpoints(RunningFakes fakes, Supplier<ObjectNode> description) {
        this.fakes = fakes;
        this.description = description;
    }

    void register(AdminRoutes routes) {
        routes.add("GET", "/health", this::health)
                .add("GET", "/admin/apis", exchange -> exchange.send(200, description.get()))
                .add("POST", "/admin/reset", this::reset);
    }

    private void health(AdminExchange exchange) throws IOException {
        ObjectNode json = AdminJson.object();
        json.put("status", "UP");
        ArrayNode apis = json.putArray("apis");
        fakes.all().forEach(fake -> apis.add(fake.api().id()));
        exchange.send(200, json);
    }

    private void reset(AdminExchange exchange) throws IOException {
        fakes.resetAll();
        exchange.sendNoContent();
    }
}
