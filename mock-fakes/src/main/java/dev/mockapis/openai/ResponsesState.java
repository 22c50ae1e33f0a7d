package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the Responses and Conversations APIs remember: stored responses and conversations with their
 * items. One lock (this object) guards all of it, as responses append to conversations.
 */
final class ResponsesState {

    private final Map<String, StoredResponse> responses = new HashMap<>();
    private final Map<String, Conversation> conversations = new HashMap<>();

    /** A conversation: its settings and its items, oldest first. */
    static final class Conversation {
        private final String id;
        private final long createdAt;
        private ObjectNode metadata;
        private final List<ObjectNode> items = new ArrayList<>();

        Conversation(String id, long createdAt, ObjectNode metadata) {
            this.id = id;
            this.createdAt = createdAt;
            this.metadata = metadata;
        }

        String id() {
            return id;
        }

        List<ObjectNode> items() {
            return items;
        }

        void metadata(ObjectNode newMetadata) {
            this.metadata = newMetadata;
        }

        ObjectNode json() {
            ObjectNode json = JsonSupport.object();
            json.put("id", id);
            json.put("object", "conversation");
            json.put("created_at", createdAt);
            json.set("metadata", metadata.deepCopy());
            return json;
        }
    }

    StoredResponse response(String id) {
        StoredResponse response = responses.get(id);
        if (response == null) {
            throw OpenAiErrors.error(404, "Response with id '" + id + "' not found.", null, null);
        }
        return response;
    }

    StoredResponse previous(String id) {
        StoredResponse response = responses.get(id);
        if (response == null) {
            throw OpenAiErrors.badRequest(
                    "Previous response with id '" + id + "' not found.",
                    "previous_response_id",
                    "previous_response_not_found");
        }
        return response;
    }

    void save(StoredResponse response) {
        responses.put(response.id(), response);
    }

    void delete(String id) {
        responses.remove(response(id).id());
    }

    Conversation conversation(String id) {
        Conversation conversation = conversations.get(id);
        if (conversation == null) {
            throw OpenAiErrors.error(404, "Conversation with id '" + id + "' not found.", null, null);
        }
        return conversation;
    }

    Conversation newConversation(String id, long createdAt, ObjectNode metadata) {
        Conversation conversation = new Conversation(id, createdAt, metadata);
        conversations.put(id, conversation);
        return conversation;
    }

    void deleteConversation(String id) {
        conversations.remove(conversation(id).id());
    }

    /** Everything said before a response and in it: the chain of previous responses, oldest first. */
    List<ObjectNode> history(StoredResponse response) {
        List<StoredResponse> chain = new ArrayList<>();
        StoredResponse at = response;
        while (at != null) {
            chain.add(0, at);
            at = at.previousResponseId() == null ? null : responses.get(at.previousResponseId());
        }
        List<ObjectNode> items = new ArrayList<>();
        for (StoredResponse link : chain) {
            items.addAll(link.input());
            items.addAll(link.output());
        }
        return items;
    }

    void clear() {
        responses.clear();
        conversations.clear();
    }
}
