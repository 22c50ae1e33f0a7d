package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The events of a streamed Assistants run ({@code thread.run.*}, {@code thread.run.step.*},
 * {@code thread.message.*}), each carrying a snapshot of its object, ended by {@code event: done} with
 * {@code data: [DONE]}. A run advanced by polling uses {@link #none()}, which keeps nothing.
 */
final class AssistantEvents {

    private final @Nullable List<ServerSentEvent> events;

    private AssistantEvents(@Nullable List<ServerSentEvent> events) {
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
        List<ServerSentEvent> all =
                new ArrayList<>(Objects.requireNonNull(events, "only a streamed run ends its events with done"));
        all.add(ServerSentEvent.named("done", "[DONE]"));
        return all;
    }
}
