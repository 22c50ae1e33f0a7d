package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Assistants v2 threads ({@code create|retrieve|update|delete}) and their messages
 * ({@code create|retrieve|list}); no message may be added while a run is active.
 */
final class Threads {

    private static final List<String> MESSAGE_ROLES = List.of("user", "assistant");

    private final IdGenerator ids;
    private final Clock clock;
    private final AssistantsState state;

    Threads(IdGenerator ids, Clock clock, AssistantsState state) {
        this.ids = ids;
        this.clock = clock;
        this.state = state;
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            return FakeResponse.json(200, newThread(body, "").json().deepCopy());
        }
    }

    /** A thread from a create body (or a {@code thread} object of create-and-run), with its initial messages. */
    AssistantsState.ThreadRecord newThread(JsonBody body, String path) {
        ArrayNode messages = body.optionalArray("messages").orElse(null);
        ObjectNode json = AssistantShapes.thread(
                ids.thread(),
                now(),
                body.metadata(),
                body.node("tool_resources").orElse(null));
        AssistantsState.ThreadRecord thread = new AssistantsState.ThreadRecord(json);
        if (messages != null) {
            for (int i = 0; i < messages.size(); i++) {
                String messagePath = path + "messages[" + i + "]";
                thread.messages()
                        .add(newMessage(thread, JsonBody.nested(messages.get(i), messagePath), messagePath + "."));
            }
        }
        return state.saveThread(thread);
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            return FakeResponse.json(200, thread(call).json().deepCopy());
        }
    }

    FakeResponse update(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            ObjectNode thread = thread(call).json();
            if (body.has("metadata")) {
                thread.set("metadata", body.metadata());
            }
            body.optionalObject("tool_resources").ifPresent(resources -> thread.set("tool_resources", resources));
            return FakeResponse.json(200, thread.deepCopy());
        }
    }

    FakeResponse delete(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            String id = thread(call).id();
            state.deleteThread(id);
            return FakeResponse.json(200, AssistantShapes.deleted(id, "thread.deleted"));
        }
    }

    FakeResponse createMessage(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            AssistantsState.ThreadRecord thread = thread(call);
            thread.activeRun().ifPresent(run -> {
                throw OpenAiErrors.badRequest(
                        "Can't add messages to " + thread.id() + " while a run " + run.id() + " is active.",
                        null,
                        null);
            });
            ObjectNode message = newMessage(thread, body, "");
            thread.messages().add(message);
            return FakeResponse.json(200, message.deepCopy());
        }
    }

    FakeResponse retrieveMessage(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            return FakeResponse.json(
                    200,
                    thread(call)
                            .message(call.pathVariable("message_id").orElseThrow())
                            .deepCopy());
        }
    }

    FakeResponse listMessages(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            List<ObjectNode> messages = thread(call).messages();
            String runId = call.request().queryParam("run_id").orElse(null);
            if (runId != null) {
                messages = messages.stream()
                        .filter(message -> runId.equals(message.path("run_id").asText(null)))
                        .collect(Collectors.toList());
            }
            return FakeResponse.json(200, ListPage.of(messages, call.request(), 20, "desc"));
        }
    }

    /** A user or assistant message as sent in a create call, in the API's shape. */
    ObjectNode newMessage(AssistantsState.ThreadRecord thread, JsonBody body, String path) {
        String role = body.requiredString("role");
        if (!MESSAGE_ROLES.contains(role)) {
            throw OpenAiErrors.invalidValue(path + "role", role, MESSAGE_ROLES);
        }
        JsonNode content = body.node("content").orElseThrow(() -> OpenAiErrors.missingParameter(path + "content"));
        ObjectNode message = AssistantShapes.message(
                ids.threadMessage(), now(), thread.id(), role, content(content, path + "content"));
        body.optionalArray("attachments").ifPresent(attachments -> message.set("attachments", attachments.deepCopy()));
        if (body.has("metadata")) {
            message.set("metadata", body.metadata());
        }
        return message;
    }

    private static ArrayNode content(JsonNode content, String param) {
        if (content.isTextual()) {
            return AssistantShapes.textContent(content.asText());
        }
        if (!content.isArray()) {
            throw OpenAiErrors.invalidType(param, "a string or an array", JsonBody.typeName(content));
        }
        ArrayNode blocks = JsonSupport.mapper().createArrayNode();
        for (JsonNode part : content) {
            if ("text".equals(part.path("type").asText())) {
                ObjectNode block = blocks.addObject();
                block.put("type", "text");
                block.putObject("text").put("value", part.path("text").asText()).putArray("annotations");
            } else {
                blocks.add(part.deepCopy());
            }
        }
        return blocks;
    }

    private AssistantsState.ThreadRecord thread(ApiCall call) {
        return state.thread(call.pathVariable("thread_id").orElseThrow());
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
