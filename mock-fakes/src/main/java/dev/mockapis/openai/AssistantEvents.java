package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;

/**
 * The events of a streamed Assistants run ({@code thread.run.*}, {@code thread.run.step.*},
 * {@code thread.message.*}), each carrying a snapshot of its object, ended by {@code event: done} with
 * {@code data: [DONE]}. A run advanced by polling uses {@link #none()}, which keeps nothing.
 */
final class AssistantEvents {

    private final List<ServerSentEvent> events;

    private AssistantEvents(List<ServerSentEvent> events) {
        this.events = events;
    }

    static AssistantEvents stream() {
        return new AssistantEvents(new ArrayList<>());
    }

    static AssistantEvents none() {
        return new AssistantEvents(null);
    }

    void emit(String event, ObjectNode data) {
        if (events != null) {
            events.add(ServerSentEvent.named(event, JsonSupport.write(data)));
        }
    }

    List<ServerSentEvent> done() {
        List<ServerSentEvent> all = new ArrayList<>(events);
        all.add(ServerSentEvent.named("done", "[DONE]"));
        return all;
    }
}
