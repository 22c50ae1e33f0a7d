package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code beta.environments.*} of managed agents (beta {@code managed-agents-2026-04-01}): environments created
 * with a {@code name} and, unless the request gives one, a cloud config with unrestricted networking and no
 * packages; updated, archived ({@code archived_at} set, still listed and retrievable) and deleted. Thread-safe.
 */
final class AgentEnvironments {

    private final IdSequence ids;
    private final Clock clock;
    private final Map<String, ObjectNode> environments = new LinkedHashMap<>();

    AgentEnvironments(IdSequence ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    synchronized FakeResponse create(ApiCall call) {
        JsonNode body = ManagedAgentsJson.body(call);
        String name = ManagedAgentsJson.requiredText(body, "name");
        String now = clock.instant().toString();
        ObjectNode environment = JsonSupport.object();
        environment.put("id", ids.next("env_011C", IdSequence.BASE62, 20));
        environment.put("type", "environment");
        environment.put("name", name);
        environment.set("description", ManagedAgentsJson.textOrNull(body, "description"));
        environment.set("config", config(body.get("config")));
        environment.set("metadata", ManagedAgentsJson.metadata(body.get("metadata")));
        environment.put("created_at", now);
        environment.put("updated_at", now);
        environment.putNull("archived_at");
        environments.put(environment.get("id").asText(), environment);
        return FakeResponse.json(200, environment);
    }

    synchronized FakeResponse retrieve(ApiCall call) {
        return FakeResponse.json(200, environment(call));
    }

    /** A new name, description, config or metadata (metadata keys merged, a null value removing its key). */
    synchronized FakeResponse update(ApiCall call) {
        ObjectNode environment = environment(call);
        JsonNode body = ManagedAgentsJson.body(call);
        if (body.path("name").isTextual()) {
            environment.put("name", body.get("name").asText());
        }
        if (body.has("description")) {
            environment.set("description", ManagedAgentsJson.textOrNull(body, "description"));
        }
        if (body.has("config") && !body.get("config").isNull()) {
            environment.set("config", config(body.get("config")));
        }
        if (body.has("metadata")) {
            environment.set(
                    "metadata",
                    ManagedAgentsJson.merge((ObjectNode) environment.get("metadata"), body.get("metadata")));
        }
        environment.put("updated_at", clock.instant().toString());
        return FakeResponse.json(200, environment);
    }

    /** Newest first; archived environments only with {@code include_archived=true}. */
    synchronized FakeResponse list(ApiCall call) {
        boolean archived = ManagedAgentsJson.includeArchived(call);
        List<ObjectNode> newestFirst = new ArrayList<>();
        environments.values().stream()
                .filter(environment ->
                        archived || environment.get("archived_at").isNull())
                .forEach(environment -> newestFirst.add(0, environment));
        return TokenPage.of(call, newestFirst);
    }

    synchronized FakeResponse delete(ApiCall call) {
        ObjectNode environment = environment(call);
        environments.remove(environment.get("id").asText());
        return FakeResponse.json(
                200,
                JsonSupport.object().put("id", environment.get("id").asText()).put("type", "environment_deleted"));
    }

    synchronized FakeResponse archive(ApiCall call) {
        ObjectNode environment = environment(call);
        if (environment.get("archived_at").isNull()) {
            String now = clock.instant().toString();
            environment.put("archived_at", now);
            environment.put("updated_at", now);
        }
        return FakeResponse.json(200, environment);
    }

    /** Whether an environment exists, for a session that names it. */
    synchronized boolean exists(String id) {
        return environments.containsKey(id);
    }

    synchronized void reset() {
        environments.clear();
    }

    /** The request's cloud config with its defaults filled in, or the default config. */
    private static ObjectNode config(JsonNode requested) {
        ObjectNode config = requested != null && requested.isObject()
                ? ((ObjectNode) requested).deepCopy()
                : JsonSupport.object().put("type", "cloud");
        if (!config.path("type").asText().equals("cloud")) {
            return config;
        }
        if (!config.path("networking").isObject()) {
            config.putObject("networking").put("type", "unrestricted");
        }
        ObjectNode packages =
                config.path("packages").isObject() ? (ObjectNode) config.get("packages") : config.putObject("packages");
        packages.put("type", "packages");
        for (String manager : List.of("apt", "cargo", "gem", "go", "npm", "pip")) {
            if (!packages.path(manager).isArray()) {
                packages.putArray(manager);
            }
        }
        return config;
    }

    private ObjectNode environment(ApiCall call) {
        String id = call.pathVariable("environment_id").orElseThrow();
        ObjectNode environment = environments.get(id);
        if (environment == null) {
            throw new ProviderErrorException(
                    AnthropicErrors.error(404, AnthropicErrors.NOT_FOUND, "Environment not found: " + id));
        }
        return environment;
    }
}
