package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Anthropic's message threads (beta {@code message-threads-2026-08-12}), which anthropic-java's
 * {@code BetaMessageThread} and {@code BetaToolRunner} use. A request with {@code "thread": {"type": "create"}}
 * sends the whole conversation, system prompt and tools; the API keeps them, with Claude's reply, under
 * the reply's id. A request with {@code "thread": {"type": "continue", "previous_message_id": …}} sends only
 * the messages since that reply and no system prompt or tools: the API rebuilds the conversation before the
 * model sees it, so the rules on it (a {@code tool_result} answers a {@code tool_use} of the message before)
 * hold for the rebuilt whole. A thread expires five minutes after its last reply was kept, and each reply can
 * be continued once; the errors carry {@code error.details.error_code}, which the SDK reads to replay the
 * conversation with a new {@code create}. Thread-safe.
 */
final class MessageThreads {

    /** How long a kept reply can be continued. */
    static final Duration LIFETIME = Duration.ofMinutes(5);

    /** Replies kept at most; the oldest go first, as expired ones do. */
    private static final int MAX_KEPT = 10_000;

    private final Clock clock;

    // guarded by this; insertion order is the order replies were kept
    private final Map<String, Kept> kept = new LinkedHashMap<>();

    MessageThreads(Clock clock) {
        this.clock = clock;
    }

    /**
     * A request as the model sees it.
     *
     * @param body the request with a continued thread's system prompt, tools and history in place, and no
     *     {@code thread} field
     * @param threaded whether the reply is to be kept for a later {@code continue}
     * @param previousId the reply a {@code continue} follows, or {@code null}
     */
    record Request(
            JsonNode body, boolean threaded, @Nullable String previousId) {}

    private enum State {
        OPEN,
        IN_FLIGHT,
        CONTINUED
    }

    /**
     * What is kept of one reply.
     *
     * @param system the create request's system prompt, or {@code null}
     * @param tools the create request's tools, or {@code null}
     * @param messages the whole conversation up to and including the reply; dropped once continued
     */
    private record Kept(
            @Nullable JsonNode system,
            @Nullable JsonNode tools,
            @Nullable ArrayNode messages,
            Instant keptAt,
            State state) {

        Kept with(State newState) {
            return new Kept(system, tools, newState == State.CONTINUED ? null : messages, keptAt, newState);
        }
    }

    /**
     * The request as the model sees it, without claiming the reply it continues: for reading a turn.
     *
     * @throws ProviderErrorException for a malformed {@code thread}, or a reply that cannot be continued
     */
    synchronized Request read(JsonNode body) {
        return resolve(body, false);
    }

    /**
     * The request as the model sees it, claiming the reply it continues until {@link #end} or
     * {@link #abandon}: a second continue of the same reply meanwhile is refused.
     */
    synchronized Request begin(JsonNode body) {
        return resolve(body, true);
    }

    /** Keeps the reply of a threaded request and marks the reply it continued as continued. */
    synchronized void end(Request request, ObjectNode reply) {
        if (request.previousId() != null) {
            kept.computeIfPresent(request.previousId(), (id, previous) -> previous.with(State.CONTINUED));
        }
        if (!request.threaded()) {
            return;
        }
        ArrayNode messages = ((ArrayNode) request.body().path("messages")).deepCopy();
        messages.addObject()
                .put("role", "assistant")
                .set("content", reply.path("content").deepCopy());
        prune();
        kept.put(
                reply.path("id").asText(),
                new Kept(
                        request.body().get("system"),
                        request.body().get("tools"),
                        messages,
                        clock.instant(),
                        State.OPEN));
    }

    /** Releases the reply a request that got no answer claimed, so that it can be continued again. */
    synchronized void abandon(@Nullable Request request) {
        if (request != null && request.previousId() != null) {
            kept.computeIfPresent(
                    request.previousId(),
                    (id, previous) -> previous.state() == State.IN_FLIGHT ? previous.with(State.OPEN) : previous);
        }
    }

    /** Forgets every thread. */
    synchronized void reset() {
        kept.clear();
    }

    private Request resolve(JsonNode body, boolean claim) {
        JsonNode thread = body.get("thread");
        if (thread == null || thread.isNull() || !body.isObject()) {
            return new Request(body, false, null);
        }
        ObjectNode rest = ((ObjectNode) body).deepCopy();
        rest.remove("thread");
        if (!thread.isObject()) {
            throw invalid("thread: Input should be a valid dictionary or object to extract fields from");
        }
        String type = thread.path("type").asText("");
        if (type.equals("create")) {
            return new Request(rest, true, null);
        }
        if (!type.equals("continue")) {
            throw invalid("thread: Input tag '" + type
                    + "' found using 'type' does not match any of the expected tags: 'create', 'continue'");
        }
        JsonNode previous = thread.get("previous_message_id");
        if (previous == null || previous.isNull()) {
            throw invalid("thread.continue.previous_message_id: Field required");
        }
        if (!previous.isTextual()) {
            throw invalid("thread.continue.previous_message_id: Input should be a valid string");
        }
        String previousId = previous.asText();
        Kept before = kept.get(previousId);
        if (before == null || expired(before)) {
            throw new ProviderErrorException(new ProviderError(
                    404,
                    "thread_not_found",
                    AnthropicErrors.NOT_FOUND,
                    "No usable Thread state was found for previous_message_id. Replay the full conversation with"
                            + " thread: {\"type\": \"create\"} to start a new Thread.",
                    null));
        }
        if (before.state() == State.CONTINUED) {
            throw threadError(
                    "thread_already_continued",
                    "The response that previous_message_id names has already been continued, and each response can"
                            + " be continued only once. Continue from the Thread's most recent response id.");
        }
        if (before.state() == State.IN_FLIGHT) {
            throw threadError(
                    "thread_continue_in_flight",
                    "Another request is still continuing from the same previous_message_id. Wait for it to complete"
                            + " and continue from its response id, or replay the full conversation with thread:"
                            + " {\"type\": \"create\"}.");
        }
        ArrayNode messages = Objects.requireNonNull(
                        before.messages(),
                        "only a continued reply drops its messages, and continuing one is refused above")
                .deepCopy();
        JsonNode added = rest.get("messages");
        if (added != null && added.isArray()) {
            added.forEach(message -> messages.add(message.deepCopy()));
        } else if (added != null && !added.isNull()) {
            throw invalid("messages: Input should be a valid list");
        }
        rest.set("messages", messages);
        if (before.system() != null) {
            rest.set("system", before.system().deepCopy());
        }
        if (before.tools() != null) {
            rest.set("tools", before.tools().deepCopy());
        }
        if (claim) {
            kept.put(previousId, before.with(State.IN_FLIGHT));
        }
        return new Request(rest, true, previousId);
    }

    private boolean expired(Kept reply) {
        return !clock.instant().isBefore(reply.keptAt().plus(LIFETIME));
    }

    /** Drops expired replies and, past the cap, the oldest; replies are kept in time order. */
    private void prune() {
        Iterator<Kept> oldestFirst = kept.values().iterator();
        while (oldestFirst.hasNext()) {
            Kept reply = oldestFirst.next();
            if (kept.size() < MAX_KEPT && !expired(reply)) {
                break;
            }
            if (reply.state() != State.IN_FLIGHT) {
                oldestFirst.remove();
            }
        }
    }

    private static ProviderErrorException threadError(String code, String message) {
        return new ProviderErrorException(new ProviderError(400, code, AnthropicErrors.INVALID_REQUEST, message, null));
    }

    private static ProviderErrorException invalid(String message) {
        return new ProviderErrorException(AnthropicErrors.invalidRequest(message));
    }
}
