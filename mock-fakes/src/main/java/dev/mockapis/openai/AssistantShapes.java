package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The Assistants API's objects as the API returns them, every required key present. */
final class AssistantShapes {

    private AssistantShapes() {}

    static ObjectNode thread(String id, long createdAt, ObjectNode metadata, @Nullable JsonNode toolResources) {
        ObjectNode thread = JsonSupport.object();
        thread.put("id", id);
        thread.put("object", "thread");
        thread.put("created_at", createdAt);
        thread.set("metadata", metadata);
        thread.set("tool_resources", toolResources == null ? JsonSupport.object() : toolResources.deepCopy());
        return thread;
    }

    static ObjectNode message(String id, long createdAt, String threadId, String role, ArrayNode content) {
        ObjectNode message = JsonSupport.object();
        message.put("id", id);
        message.put("object", "thread.message");
        message.put("created_at", createdAt);
        message.putNull("assistant_id");
        message.put("thread_id", threadId);
        message.putNull("run_id");
        message.put("role", role);
        message.set("content", content);
        message.putArray("attachments");
        message.set("metadata", JsonSupport.object());
        message.put("status", "completed");
        message.putNull("incomplete_details");
        message.putNull("completed_at");
        message.putNull("incomplete_at");
        return message;
    }

    static ArrayNode textContent(String text) {
        ArrayNode content = JsonSupport.mapper().createArrayNode();
        ObjectNode block = content.addObject();
        block.put("type", "text");
        block.putObject("text").put("value", text).putArray("annotations");
        return content;
    }

    /** A message's text: its text blocks joined by newlines. */
    static String text(JsonNode message) {
        StringBuilder text = new StringBuilder();
        for (JsonNode block : message.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                text.append(text.length() == 0 ? "" : "\n")
                        .append(block.path("text").path("value").asText());
            }
        }
        return text.toString();
    }

    static ObjectNode deleted(String id, String object) {
        return JsonSupport.object().put("id", id).put("object", object).put("deleted", true);
    }

    static ObjectNode step(String id, long createdAt, ObjectNode run, ObjectNode details) {
        ObjectNode step = JsonSupport.object();
        step.put("id", id);
        step.put("object", "thread.run.step");
        step.put("created_at", createdAt);
        step.put("run_id", run.path("id").asText());
        step.put("assistant_id", run.path("assistant_id").asText());
        step.put("thread_id", run.path("thread_id").asText());
        step.put("type", details.path("type").asText());
        step.put("status", "in_progress");
        step.putNull("cancelled_at");
        step.putNull("completed_at");
        step.putNull("expired_at");
        step.putNull("failed_at");
        step.putNull("last_error");
        step.set("step_details", details);
        step.putNull("usage");
        step.set("metadata", JsonSupport.object());
        return step;
    }

    static ObjectNode messageCreation(String messageId) {
        ObjectNode details = JsonSupport.object().put("type", "message_creation");
        details.putObject("message_creation").put("message_id", messageId);
        return details;
    }

    static ObjectNode toolCalls(List<String> callIds, List<Completion.Call> calls) {
        ObjectNode details = JsonSupport.object().put("type", "tool_calls");
        ArrayNode array = details.putArray("tool_calls");
        for (int i = 0; i < calls.size(); i++) {
            ObjectNode call = array.addObject();
            call.put("id", callIds.get(i));
            call.put("type", "function");
            call.putObject("function")
                    .put("name", calls.get(i).name())
                    .put("arguments", calls.get(i).arguments())
                    .putNull("output");
        }
        return details;
    }

    static ObjectNode usage(int prompt, int completion) {
        return JsonSupport.object()
                .put("prompt_tokens", prompt)
                .put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
    }
}
