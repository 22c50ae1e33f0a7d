package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.conversation.internal.TextPieces;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;

/**
 * A Responses stream: {@code event:} lines, a {@code sequence_number} on every event, no
 * {@code [DONE]}. Text goes {@code output_item.added}, {@code content_part.added},
 * {@code output_text.delta}*, {@code output_text.done}, {@code content_part.done},
 * {@code output_item.done}; a function call goes {@code output_item.added},
 * {@code function_call_arguments.delta}*, {@code function_call_arguments.done}, {@code output_item.done}; a file
 * search goes {@code output_item.added}, {@code file_search_call.in_progress|searching|completed},
 * {@code output_item.done}, and each annotation of a text comes as {@code output_text.annotation.added};
 * all between {@code response.created}/{@code response.in_progress} and {@code response.completed}.
 */
final class ResponseEvents {

    private final List<ObjectNode> events = new ArrayList<>();

    private ResponseEvents() {}

    static List<ServerSentEvent> of(ObjectNode inProgress, ObjectNode completed) {
        ResponseEvents stream = new ResponseEvents();
        stream.add("response.created").set("response", inProgress);
        stream.add("response.in_progress").set("response", inProgress);
        JsonNode output = completed.get("output");
        for (int index = 0; index < output.size(); index++) {
            JsonNode item = output.get(index);
            if ("function_call".equals(item.path("type").asText())) {
                stream.functionCall(index, item);
            } else if ("file_search_call".equals(item.path("type").asText())) {
                stream.fileSearchCall(index, item);
            } else {
                stream.message(index, item);
            }
        }
        stream.add("response.completed").set("response", completed);
        return stream.build();
    }

    private void message(int index, JsonNode item) {
        String itemId = item.path("id").asText();
        ObjectNode started = item.deepCopy();
        started.put("status", "in_progress");
        started.putArray("content");
        ObjectNode added = add("response.output_item.added");
        added.put("output_index", index);
        added.set("item", started);
        JsonNode content = item.path("content");
        for (int part = 0; part < content.size(); part++) {
            String text = content.get(part).path("text").asText();
            ObjectNode emptyPart = content.get(part).deepCopy();
            emptyPart.put("text", "");
            emptyPart.putArray("annotations");
            part(add("response.content_part.added"), itemId, index, part).set("part", emptyPart);
            for (String piece : TextPieces.words(text)) {
                ObjectNode delta = part(add("response.output_text.delta"), itemId, index, part);
                delta.put("delta", piece);
                delta.putArray("logprobs");
            }
            JsonNode annotations = content.get(part).path("annotations");
            for (int a = 0; a < annotations.size(); a++) {
                ObjectNode annotated = part(add("response.output_text.annotation.added"), itemId, index, part);
                annotated.put("annotation_index", a);
                annotated.set("annotation", annotations.get(a));
            }
            ObjectNode done = part(add("response.output_text.done"), itemId, index, part);
            done.put("text", text);
            done.putArray("logprobs");
            part(add("response.content_part.done"), itemId, index, part).set("part", content.get(part));
        }
        ObjectNode finished = add("response.output_item.done");
        finished.put("output_index", index);
        finished.set("item", item);
    }

    private void functionCall(int index, JsonNode item) {
        String itemId = item.path("id").asText();
        String arguments = item.path("arguments").asText();
        ObjectNode started = item.deepCopy();
        started.put("status", "in_progress");
        started.put("arguments", "");
        ObjectNode added = add("response.output_item.added");
        added.put("output_index", index);
        added.set("item", started);
        for (String fragment : TextPieces.fragments(arguments)) {
            ObjectNode delta = add("response.function_call_arguments.delta");
            delta.put("item_id", itemId).put("output_index", index).put("delta", fragment);
        }
        ObjectNode done = add("response.function_call_arguments.done");
        done.put("item_id", itemId)
                .put("output_index", index)
                .put("name", item.path("name").asText())
                .put("arguments", arguments);
        ObjectNode finished = add("response.output_item.done");
        finished.put("output_index", index);
        finished.set("item", item);
    }

    private void fileSearchCall(int index, JsonNode item) {
        String itemId = item.path("id").asText();
        ObjectNode started = item.deepCopy();
        started.put("status", "in_progress");
        started.putNull("results");
        ObjectNode added = add("response.output_item.added");
        added.put("output_index", index);
        added.set("item", started);
        for (String phase : new String[] {"in_progress", "searching", "completed"}) {
            add("response.file_search_call." + phase).put("output_index", index).put("item_id", itemId);
        }
        ObjectNode finished = add("response.output_item.done");
        finished.put("output_index", index);
        finished.set("item", item);
    }

    private static ObjectNode part(ObjectNode event, String itemId, int outputIndex, int contentIndex) {
        return event.put("item_id", itemId).put("output_index", outputIndex).put("content_index", contentIndex);
    }

    private ObjectNode add(String type) {
        ObjectNode event = JsonSupport.object();
        event.put("type", type);
        event.put("sequence_number", events.size());
        events.add(event);
        return event;
    }

    private List<ServerSentEvent> build() {
        List<ServerSentEvent> built = new ArrayList<>();
        for (ObjectNode event : events) {
            built.add(ServerSentEvent.named(event.get("type").asText(), JsonSupport.write(event)));
        }
        return built;
    }
}
