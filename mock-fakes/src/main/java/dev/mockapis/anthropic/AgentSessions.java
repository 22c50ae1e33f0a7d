package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.TextPieces;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code beta.sessions.*} and {@code beta.sessions.events.*} of managed agents (beta
 * {@code managed-agents-2026-04-01}): a session runs an agent (the latest version, or the one asked for) in an
 * environment, both of which must exist. It starts {@code idle}; a {@code user.message} event (sent, or among
 * the create's {@code initial_events}) makes it {@code running} with a {@code session.status_running} event,
 * and the next read of the session (a retrieve, an events list or the event stream) finishes the agent's turn:
 * an {@code agent.message} with the answer the Messages fake's default scenario gives, then
 * {@code session.status_idle} with stop reason {@code end_turn}, the session back to {@code idle} and its
 * usage counted. The stream sends the current turn's events and ends at the idle event, previewing agent
 * messages word by word when asked for {@code event_deltas}. Thread-safe.
 */
final class AgentSessions {

    private static final class Session {
        final ObjectNode json;
        final List<ObjectNode> events = new ArrayList<>();
        /** The user's texts waiting for the agent's turn. */
        final List<String> pending = new ArrayList<>();
        /** Where the current turn's events start. */
        int turnStart;

        Session(ObjectNode json) {
            this.json = json;
        }

        String id() {
            return json.get("id").asText();
        }
    }

    private final IdSequence ids;
    private final Clock clock;
    private final AgentDefinitions agents;
    private final AgentEnvironments environments;
    private final ReplyEngine replies = new ReplyEngine();
    private final Map<String, Session> sessions = new LinkedHashMap<>();

    AgentSessions(IdSequence ids, Clock clock, AgentDefinitions agents, AgentEnvironments environments) {
        this.ids = ids;
        this.clock = clock;
        this.agents = agents;
        this.environments = environments;
    }

    synchronized FakeResponse create(ApiCall call) {
        JsonNode body = ManagedAgentsJson.body(call);
        JsonNode agent = body.get("agent");
        if (agent == null || agent.isNull()) {
            throw ManagedAgentsJson.invalid("agent: Field required");
        }
        String environmentId = ManagedAgentsJson.requiredText(body, "environment_id");
        ObjectNode snapshot = agents.snapshot(agent);
        if (!environments.exists(environmentId)) {
            throw ManagedAgentsJson.notFound("Environment not found: " + environmentId);
        }
        String now = clock.instant().toString();
        ObjectNode json = JsonSupport.object();
        json.put("id", ids.next("sesn_011C", IdSequence.BASE62, 20));
        json.put("type", "session");
        json.set("agent", snapshot);
        json.put("environment_id", environmentId);
        json.set("title", ManagedAgentsJson.textOrNull(body, "title"));
        json.set("metadata", ManagedAgentsJson.metadata(body.get("metadata")));
        json.set("resources", resources(body.get("resources"), now));
        json.set("vault_ids", strings(body.get("vault_ids"), "vault_ids"));
        json.putArray("outcome_evaluations");
        json.set(
                "budget",
                body.has("budget")
                        ? body.get("budget").deepCopy()
                        : JsonSupport.mapper().nullNode());
        json.put("status", "idle");
        json.putObject("stats").put("active_seconds", 0).put("duration_seconds", 0);
        ObjectNode usage = json.putObject("usage");
        usage.putObject("cache_creation").put("ephemeral_1h_input_tokens", 0).put("ephemeral_5m_input_tokens", 0);
        usage.put("cache_read_input_tokens", 0);
        usage.put("input_tokens", 0);
        usage.put("output_tokens", 0);
        json.put("created_at", now);
        json.put("updated_at", now);
        json.putNull("archived_at");
        Session session = new Session(json);
        sessions.put(session.id(), session);
        JsonNode initial = body.get("initial_events");
        if (initial != null && initial.isArray() && !initial.isEmpty()) {
            send(session, initial);
        }
        return FakeResponse.json(200, json);
    }

    /** The session as it is; a turn waiting for the agent finishes after this answer, as the agent works. */
    synchronized FakeResponse retrieve(ApiCall call) {
        Session session = session(call);
        ObjectNode answer = session.json.deepCopy();
        finishTurn(session);
        return FakeResponse.json(200, answer);
    }

    /** A new title or metadata (metadata keys merged, a null value removing its key). */
    synchronized FakeResponse update(ApiCall call) {
        Session session = session(call);
        JsonNode body = ManagedAgentsJson.body(call);
        if (body.has("title")) {
            session.json.set("title", ManagedAgentsJson.textOrNull(body, "title"));
        }
        if (body.has("metadata")) {
            session.json.set(
                    "metadata",
                    ManagedAgentsJson.merge((ObjectNode) session.json.get("metadata"), body.get("metadata")));
        }
        session.json.put("updated_at", clock.instant().toString());
        return FakeResponse.json(200, session.json);
    }

    /** Newest first; archived sessions only with {@code include_archived=true}; {@code agent_id} narrows. */
    synchronized FakeResponse list(ApiCall call) {
        boolean archived = ManagedAgentsJson.includeArchived(call);
        String agentId = call.request().queryParam("agent_id").orElse(null);
        List<ObjectNode> newestFirst = new ArrayList<>();
        sessions.values().stream()
                .map(session -> session.json)
                .filter(json -> archived || json.get("archived_at").isNull())
                .filter(json -> agentId == null
                        || agentId.equals(json.path("agent").path("id").asText()))
                .forEach(json -> newestFirst.add(0, json));
        return TokenPage.of(call, newestFirst);
    }

    synchronized FakeResponse delete(ApiCall call) {
        Session session = session(call);
        sessions.remove(session.id());
        return FakeResponse.json(
                200, JsonSupport.object().put("id", session.id()).put("type", "session_deleted"));
    }

    synchronized FakeResponse archive(ApiCall call) {
        Session session = session(call);
        if (session.json.get("archived_at").isNull()) {
            String now = clock.instant().toString();
            session.json.put("archived_at", now);
            session.json.put("updated_at", now);
        }
        return FakeResponse.json(200, session.json);
    }

    /** {@code {"events": [...]}}: the events as the session recorded them, in {@code data}. */
    synchronized FakeResponse sendEvents(ApiCall call) {
        Session session = session(call);
        if (!session.json.get("archived_at").isNull()) {
            throw ManagedAgentsJson.invalid("Session " + session.id() + " is archived and accepts no new events");
        }
        JsonNode events = ManagedAgentsJson.body(call).get("events");
        if (events == null || !events.isArray() || events.isEmpty()) {
            throw ManagedAgentsJson.invalid("events: Field required");
        }
        ObjectNode answer = JsonSupport.object();
        answer.set("data", send(session, events));
        return FakeResponse.json(200, answer);
    }

    /** Oldest first, paged like the other lists; a waiting turn finishes after this answer. */
    synchronized FakeResponse listEvents(ApiCall call) {
        Session session = session(call);
        List<ObjectNode> events = new ArrayList<>();
        session.events.forEach(event -> events.add(event.deepCopy()));
        FakeResponse page = TokenPage.of(call, events);
        finishTurn(session);
        return page;
    }

    /**
     * The current turn's events, each as an SSE event named by its type, ending with the idle event; with
     * {@code event_deltas[]=agent.message}, each agent message is previewed first by an {@code event_start}
     * and a {@code content_delta} per word ({@code event_delta}), as the API streams them.
     */
    synchronized FakeResponse streamEvents(ApiCall call) {
        Session session = session(call);
        finishTurn(session);
        boolean deltas =
                call.request().query().getOrDefault("event_deltas[]", List.of()).contains("agent.message");
        List<ServerSentEvent> stream = new ArrayList<>();
        for (ObjectNode event : session.events.subList(session.turnStart, session.events.size())) {
            String type = event.get("type").asText();
            if (type.equals("user.message")) {
                continue;
            }
            if (deltas && type.equals("agent.message")) {
                stream.addAll(previews(event));
            }
            stream.add(ServerSentEvent.named(type, JsonSupport.write(event)));
        }
        return FakeResponse.eventStream(stream);
    }

    /** An agent message's {@code event_start} and its text, word by word, as {@code event_delta}s. */
    private static List<ServerSentEvent> previews(ObjectNode message) {
        String id = message.get("id").asText();
        List<ServerSentEvent> previews = new ArrayList<>();
        ObjectNode start = JsonSupport.object().put("type", "event_start");
        start.putObject("event").put("type", "agent.message").put("id", id);
        previews.add(ServerSentEvent.named("event_start", JsonSupport.write(start)));
        JsonNode content = message.path("content");
        for (int index = 0; index < content.size(); index++) {
            for (String word : TextPieces.words(content.get(index).path("text").asText())) {
                ObjectNode delta =
                        JsonSupport.object().put("type", "event_delta").put("event_id", id);
                ObjectNode part =
                        delta.putObject("delta").put("type", "content_delta").put("index", index);
                part.putObject("content").put("type", "text").put("text", word);
                previews.add(ServerSentEvent.named("event_delta", JsonSupport.write(delta)));
            }
        }
        return previews;
    }

    synchronized void reset() {
        sessions.clear();
        replies.reset();
    }

    /** Records the sent events; a user message starts the agent's turn. */
    private ArrayNode send(Session session, JsonNode events) {
        ArrayNode recorded = JsonSupport.mapper().createArrayNode();
        for (JsonNode event : events) {
            if (!event.isObject() || !event.path("type").isTextual()) {
                throw ManagedAgentsJson.invalid("events: each event needs a type");
            }
            ObjectNode copy = ((ObjectNode) event).deepCopy();
            copy.put("id", ids.next("sevt_011C", IdSequence.BASE62, 20));
            copy.put("processed_at", clock.instant().toString());
            if (copy.get("type").asText().equals("user.message")) {
                if (session.pending.isEmpty()
                        && !session.json.get("status").asText().equals("running")) {
                    session.turnStart = session.events.size();
                }
                session.pending.add(text(copy.path("content")));
            }
            session.events.add(copy);
            recorded.add(copy);
        }
        if (!session.pending.isEmpty() && !session.json.get("status").asText().equals("running")) {
            session.json.put("status", "running");
            session.events.add(event("session.status_running"));
        }
        session.json.put("updated_at", clock.instant().toString());
        return recorded;
    }

    /** The agent answers what the user sent, and the session goes idle. */
    private void finishTurn(Session session) {
        if (session.pending.isEmpty()) {
            return;
        }
        ObjectNode agent = (ObjectNode) session.json.get("agent");
        Turn.Builder turn = Turn.builder(
                "beta.sessions.events.send", agent.path("model").path("id").asText());
        if (agent.path("system").isTextual()) {
            turn.instructions(agent.get("system").asText());
        }
        String said = String.join("\n", session.pending);
        turn.message("user", said);
        Completion completion = replies.complete(null, turn.build());
        String answer = completion instanceof Completion.Text text ? text.text() : "";
        ObjectNode message = event("agent.message");
        message.putArray("content").addObject().put("type", "text").put("text", answer);
        session.events.add(message);
        ObjectNode idle = event("session.status_idle");
        idle.putObject("stop_reason").put("type", "end_turn");
        idle.putNull("stop_details");
        session.events.add(idle);
        session.pending.clear();
        session.json.put("status", "idle");
        ObjectNode usage = (ObjectNode) session.json.get("usage");
        usage.put("input_tokens", usage.get("input_tokens").asInt() + Tokens.count(said));
        usage.put("output_tokens", usage.get("output_tokens").asInt() + Tokens.count(answer));
        session.json.put("updated_at", clock.instant().toString());
    }

    private ObjectNode event(String type) {
        ObjectNode event = JsonSupport.object();
        event.put("id", ids.next("sevt_011C", IdSequence.BASE62, 20));
        event.put("type", type);
        event.put("processed_at", clock.instant().toString());
        return event;
    }

    private static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode block : content) {
            if (block.path("type").asText().equals("text")) {
                texts.add(block.path("text").asText());
            }
        }
        return String.join("\n", texts);
    }

    /** The resources as the session lists them, each with its id and timestamps. */
    private ArrayNode resources(JsonNode requested, String now) {
        ArrayNode resources = JsonSupport.mapper().createArrayNode();
        if (requested == null || requested.isNull()) {
            return resources;
        }
        if (!requested.isArray()) {
            throw ManagedAgentsJson.invalid("resources: Input should be a valid list");
        }
        for (JsonNode resource : requested) {
            ObjectNode copy = resource.deepCopy();
            copy.put("id", ids.next("sesrsc_011C", IdSequence.BASE62, 20));
            copy.put("created_at", now);
            copy.put("updated_at", now);
            resources.add(copy);
        }
        return resources;
    }

    private static ArrayNode strings(JsonNode requested, String field) {
        ArrayNode values = JsonSupport.mapper().createArrayNode();
        if (requested == null || requested.isNull()) {
            return values;
        }
        if (!requested.isArray()) {
            throw ManagedAgentsJson.invalid(field + ": Input should be a valid list");
        }
        requested.forEach(value -> values.add(value.asText()));
        return values;
    }

    private Session session(ApiCall call) {
        String id = call.pathVariable("session_id").orElseThrow();
        Session session = sessions.get(id);
        if (session == null) {
            throw ManagedAgentsJson.notFound("Session not found: " + id);
        }
        return session;
    }
}
