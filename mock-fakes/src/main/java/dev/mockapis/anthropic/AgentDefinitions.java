package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code beta.agents.*} of managed agents (beta {@code managed-agents-2026-04-01}): an agent is a versioned
 * definition (model, system prompt, tools, MCP servers, skills). Created at version 1; each update makes the
 * next version, all kept ({@code beta.agents.versions.list}, {@code retrieve} with {@code ?version=}); archived
 * agents keep their versions and leave the default list. Thread-safe.
 */
final class AgentDefinitions {

    private static final List<String> SNAPSHOT_FIELDS = List.of(
            "id",
            "type",
            "name",
            "description",
            "system",
            "model",
            "tools",
            "mcp_servers",
            "skills",
            "multiagent",
            "execution_identity",
            "version");

    private final IdSequence ids;
    private final Clock clock;
    /** Each agent's versions, oldest first. */
    private final Map<String, List<ObjectNode>> agents = new LinkedHashMap<>();

    AgentDefinitions(IdSequence ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    synchronized FakeResponse create(ApiCall call) {
        JsonNode body = ManagedAgentsJson.body(call);
        String now = clock.instant().toString();
        ObjectNode agent = JsonSupport.object();
        agent.put("id", ids.next("agent_011C", IdSequence.BASE62, 20));
        agent.put("type", "agent");
        agent.put("name", ManagedAgentsJson.requiredText(body, "name"));
        agent.set("description", ManagedAgentsJson.textOrNull(body, "description"));
        agent.set("system", ManagedAgentsJson.textOrNull(body, "system"));
        agent.set("model", model(body.get("model")));
        agent.set("tools", tools(body.get("tools")));
        agent.set("mcp_servers", array(body.get("mcp_servers"), "mcp_servers"));
        agent.set("skills", array(body.get("skills"), "skills"));
        agent.set(
                "multiagent",
                body.has("multiagent")
                        ? body.get("multiagent").deepCopy()
                        : JsonSupport.mapper().nullNode());
        agent.set("execution_identity", executionIdentity(body.get("execution_identity")));
        agent.set("metadata", ManagedAgentsJson.metadata(body.get("metadata")));
        agent.put("version", 1);
        agent.put("created_at", now);
        agent.put("updated_at", now);
        agent.putNull("archived_at");
        List<ObjectNode> versions = new ArrayList<>();
        versions.add(agent);
        agents.put(agent.get("id").asText(), versions);
        return FakeResponse.json(200, agent);
    }

    /** The latest version, or the one {@code ?version=} names. */
    synchronized FakeResponse retrieve(ApiCall call) {
        List<ObjectNode> versions = versions(call);
        String wanted = call.request().queryParam("version").orElse(null);
        if (wanted == null) {
            return FakeResponse.json(200, latest(versions));
        }
        return versions.stream()
                .filter(version -> version.get("version").asText().equals(wanted.trim()))
                .findFirst()
                .map(version -> FakeResponse.json(200, version))
                .orElseThrow(() -> ManagedAgentsJson.notFound("Agent version not found: " + wanted + " of "
                        + versions.get(0).get("id").asText()));
    }

    /**
     * The next version, with the fields the request gives; a {@code version} in the request must be the
     * latest, as the API guards concurrent updates.
     */
    synchronized FakeResponse update(ApiCall call) {
        List<ObjectNode> versions = versions(call);
        ObjectNode current = latest(versions);
        JsonNode body = ManagedAgentsJson.body(call);
        if (body.has("version")
                && body.get("version").asInt() != current.get("version").asInt()) {
            throw ManagedAgentsJson.invalid(
                    "version: agent " + current.get("id").asText() + " is at version "
                            + current.get("version").asInt() + ", not "
                            + body.get("version").asText());
        }
        ObjectNode next = current.deepCopy();
        if (body.path("name").isTextual()) {
            next.put("name", body.get("name").asText());
        }
        for (String field : List.of("description", "system")) {
            if (body.has(field)) {
                next.set(field, ManagedAgentsJson.textOrNull(body, field));
            }
        }
        if (body.has("model")) {
            next.set("model", model(body.get("model")));
        }
        if (body.has("tools")) {
            next.set("tools", tools(body.get("tools")));
        }
        for (String field : List.of("mcp_servers", "skills")) {
            if (body.has(field)) {
                next.set(field, array(body.get(field), field));
            }
        }
        if (body.has("metadata")) {
            next.set("metadata", ManagedAgentsJson.merge((ObjectNode) current.get("metadata"), body.get("metadata")));
        }
        next.put("version", current.get("version").asInt() + 1);
        next.put("updated_at", clock.instant().toString());
        versions.add(next);
        return FakeResponse.json(200, next);
    }

    /** Latest versions, newest agent first; archived agents only with {@code include_archived=true}. */
    synchronized FakeResponse list(ApiCall call) {
        boolean archived = ManagedAgentsJson.includeArchived(call);
        List<ObjectNode> newestFirst = new ArrayList<>();
        agents.values().stream()
                .map(AgentDefinitions::latest)
                .filter(agent -> archived || agent.get("archived_at").isNull())
                .forEach(agent -> newestFirst.add(0, agent));
        return TokenPage.of(call, newestFirst);
    }

    synchronized FakeResponse archive(ApiCall call) {
        List<ObjectNode> versions = versions(call);
        String now = clock.instant().toString();
        for (ObjectNode version : versions) {
            if (version.get("archived_at").isNull()) {
                version.put("archived_at", now);
            }
        }
        return FakeResponse.json(200, latest(versions));
    }

    /** Every version, newest first. */
    synchronized FakeResponse listVersions(ApiCall call) {
        List<ObjectNode> newestFirst = new ArrayList<>();
        versions(call).forEach(version -> newestFirst.add(0, version));
        return TokenPage.of(call, newestFirst);
    }

    /**
     * The agent a session runs, as the session shows it: the latest version, or the one asked for.
     *
     * @param reference the session's {@code agent}: an id, or {@code {"type": "agent", "id", "version"}}
     */
    synchronized ObjectNode snapshot(JsonNode reference) {
        String id = reference.isTextual()
                ? reference.asText()
                : reference.path("id").asText("");
        List<ObjectNode> versions = agents.get(id);
        if (versions == null) {
            throw ManagedAgentsJson.notFound("Agent not found: " + id);
        }
        ObjectNode agent = latest(versions);
        if (reference.path("version").canConvertToInt()) {
            int wanted = reference.get("version").asInt();
            agent = versions.stream()
                    .filter(version -> version.get("version").asInt() == wanted)
                    .findFirst()
                    .orElseThrow(() -> ManagedAgentsJson.notFound("Agent version not found: " + wanted + " of " + id));
        }
        ObjectNode snapshot = JsonSupport.object();
        for (String field : SNAPSHOT_FIELDS) {
            snapshot.set(field, agent.get(field).deepCopy());
        }
        return snapshot;
    }

    synchronized void reset() {
        agents.clear();
    }

    private List<ObjectNode> versions(ApiCall call) {
        String id = call.pathVariable("agent_id").orElseThrow();
        List<ObjectNode> versions = agents.get(id);
        if (versions == null) {
            throw ManagedAgentsJson.notFound("Agent not found: " + id);
        }
        return versions;
    }

    private static ObjectNode latest(List<ObjectNode> versions) {
        return versions.get(versions.size() - 1);
    }

    /** A model id alone, or a model config with its {@code id}. */
    private static ObjectNode model(JsonNode requested) {
        if (requested == null || requested.isNull()) {
            throw ManagedAgentsJson.invalid("model: Field required");
        }
        if (requested.isTextual()) {
            return JsonSupport.object().put("id", requested.asText());
        }
        if (!requested.isObject() || !requested.path("id").isTextual()) {
            throw ManagedAgentsJson.invalid("model.id: Field required");
        }
        return ((ObjectNode) requested).deepCopy();
    }

    /** The tools, an agent toolset given its defaults (no per-tool configs, every tool enabled and allowed). */
    private static ArrayNode tools(JsonNode requested) {
        ArrayNode tools = array(requested, "tools");
        for (JsonNode tool : tools) {
            if (tool instanceof ObjectNode toolset
                    && toolset.path("type").asText().startsWith("agent_toolset_")) {
                if (!toolset.path("configs").isArray()) {
                    toolset.putArray("configs");
                }
                ObjectNode defaults = toolset.path("default_config").isObject()
                        ? (ObjectNode) toolset.get("default_config")
                        : toolset.putObject("default_config");
                if (!defaults.has("enabled")) {
                    defaults.put("enabled", true);
                }
                if (!defaults.path("permission_policy").isObject()) {
                    defaults.putObject("permission_policy").put("type", "always_allow");
                }
            }
        }
        return tools;
    }

    private static ObjectNode executionIdentity(JsonNode requested) {
        return requested != null && requested.isObject()
                ? ((ObjectNode) requested).deepCopy()
                : JsonSupport.object().put("type", "service_account");
    }

    private static ArrayNode array(JsonNode requested, String field) {
        if (requested == null || requested.isNull()) {
            return JsonSupport.mapper().createArrayNode();
        }
        if (!requested.isArray()) {
            throw ManagedAgentsJson.invalid(field + ": Input should be a valid list");
        }
        return ((ArrayNode) requested).deepCopy();
    }
}
