package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Conversations API: conversations ({@code create|retrieve|update|delete}) and their items
 * ({@code items.create|list|retrieve|delete}), at most 20 items added per call. Responses created with
 * a {@code conversation} append their input and output here.
 */
final class Conversations {

    private static final int MAX_ITEMS_PER_CALL = 20;

    private final IdGenerator ids;
    private final Clock clock;
    private final ResponsesState state;
    private final ResponseItems items;

    Conversations(IdGenerator ids, Clock clock, ResponsesState state) {
        this.ids = ids;
        this.clock = clock;
        this.state = state;
        this.items = new ResponseItems(ids);
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            List<ObjectNode> initial = newItems(body, false);
            ResponsesState.Conversation conversation =
                    state.newConversation(ids.conversation(), clock.instant().getEpochSecond(), body.metadata());
            conversation.items().addAll(initial);
            return FakeResponse.json(200, conversation.json());
        }
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            return FakeResponse.json(200, conversation(call).json());
        }
    }

    FakeResponse update(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            ResponsesState.Conversation conversation = conversation(call);
            if (!body.has("metadata")) {
                throw OpenAiErrors.missingParameter("metadata");
            }
            conversation.metadata(body.metadata());
            return FakeResponse.json(200, conversation.json());
        }
    }

    FakeResponse delete(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            String id = conversation(call).id();
            state.deleteConversation(id);
            return FakeResponse.json(
                    200,
                    JsonSupport.object()
                            .put("id", id)
                            .put("object", "conversation.deleted")
                            .put("deleted", true));
        }
    }

    FakeResponse createItems(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            ResponsesState.Conversation conversation = conversation(call);
            List<ObjectNode> added = newItems(body, true);
            conversation.items().addAll(added);
            return FakeResponse.json(200, ListPage.all(added));
        }
    }

    FakeResponse listItems(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            return FakeResponse.json(200, ListPage.of(conversation(call).items(), call.request(), 20, "desc"));
        }
    }

    FakeResponse retrieveItem(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            return FakeResponse.json(200, item(conversation(call), call));
        }
    }

    FakeResponse deleteItem(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            ResponsesState.Conversation conversation = conversation(call);
            conversation.items().remove(item(conversation, call));
            return FakeResponse.json(200, conversation.json());
        }
    }

    private List<ObjectNode> newItems(JsonBody body, boolean required) {
        ArrayNode raw = required
                ? body.requiredArray("items")
                : body.optionalArray("items").orElse(JsonSupport.mapper().createArrayNode());
        if (raw.size() > MAX_ITEMS_PER_CALL) {
            throw OpenAiErrors.badRequest(
                    "Invalid 'items': array too long. Expected an array with maximum length " + MAX_ITEMS_PER_CALL
                            + ", but got an array with length " + raw.size() + " instead.",
                    "items",
                    "array_above_max_length");
        }
        return items.fromInput(raw, "items");
    }

    private ResponsesState.Conversation conversation(ApiCall call) {
        return state.conversation(call.pathVariable("conversation_id").orElseThrow());
    }

    private static ObjectNode item(ResponsesState.Conversation conversation, ApiCall call) {
        String itemId = call.pathVariable("item_id").orElseThrow();
        return conversation.items().stream()
                .filter(item -> itemId.equals(item.path("id").asText()))
                .findFirst()
                .orElseThrow(() -> OpenAiErrors.error(404, "Item with id '" + itemId + "' not found.", null, null));
    }
}
