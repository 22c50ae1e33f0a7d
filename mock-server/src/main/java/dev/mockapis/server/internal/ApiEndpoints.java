package dev.mockapis.server.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.InteractionLog;
import dev.mockapis.core.Scenario;
import java.io.IOException;
import java.util.Optional;

/** The admin endpoints of one api: its scenario, its interaction log, its reset. */
final class ApiEndpoints {

    private final RunningFakes fakes;

    ApiEndpoints(RunningFakes fakes) {
        this.fakes = fakes;
    }

    void register(AdminRoutes routes) {
        routes.add("GET", "/admin/apis/{api}/scenario", this::scenario)
                .add("POST", "/admin/apis/{api}/scenario", this::selectScenario)
                .add("GET", "/admin/apis/{api}/interactions", this::interactions)
                .add("DELETE", "/admin/apis/{api}/interactions", this::clearInteractions)
                .add("POST", "/admin/apis/{api}/reset", this::reset);
    }

    private void scenario(AdminExchange exchange) throws IOException {
        exchange.send(200, describeScenarios(server(exchange)));
    }

    private void selectScenario(AdminExchange exchange) throws IOException {
        FakeServer server = server(exchange);
        String name = AdminExchange.requiredText(exchange.jsonBody(), "name");
        Optional<Scenario> scenario = server.scenarios().find(name);
        if (scenario.isEmpty()) {
            throw new AdminException(
                    400,
                    "No " + exchange.variable("api") + " scenario named '" + name + "'; known: "
                            + String.join(", ", server.scenarios().names()));
        }
        server.useScenario(scenario.get());
        exchange.send(200, describeScenarios(server));
    }

    private void interactions(AdminExchange exchange) throws IOException {
        InteractionLog log = server(exchange).interactions();
        ObjectNode json = AdminJson.object();
        json.put("api", exchange.variable("api"));
        json.put("dropped", log.droppedCount());
        ArrayNode operations = json.putArray("operations");
        ArrayNode interactions = json.putArray("interactions");
        log.all().forEach(interaction -> {
            if (!interaction.unmatched()) {
                operations.add(interaction.operationId());
            }
            interactions.add(InteractionJson.of(interaction));
        });
        exchange.send(200, json);
    }

    private void clearInteractions(AdminExchange exchange) throws IOException {
        server(exchange).interactions().clear();
        exchange.sendNoContent();
    }

    private void reset(AdminExchange exchange) throws IOException {
        server(exchange).reset();
        exchange.sendNoContent();
    }

    private FakeServer server(AdminExchange exchange) {
        return fakes.require(exchange.variable("api")).server();
    }

    private static ObjectNode describeScenarios(FakeServer server) {
        ObjectNode json = AdminJson.object();
        json.put("active", server.activeScenario().name());
        ArrayNode known = json.putArray("known");
        server.scenarios().names().forEach(known::add);
        return json;
    }
}
