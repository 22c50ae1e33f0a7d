package dev.mockapis.core;

import org.jspecify.annotations.Nullable;

/**
 * One server-sent event: an optional {@code event:} name and a {@code data:} payload.
 *
 * @param event the event name, or {@code null} for a data-only event
 * @param data the payload; a multi-line payload is sent as several {@code data:} lines
 */
public record ServerSentEvent(@Nullable String event, String data) {

    /** A data-only event, as Chat Completions streams send. */
    public static ServerSentEvent data(String data) {
        return new ServerSentEvent(null, data);
    }

    /** A named event, as Responses, Assistants and Anthropic streams send. */
    public static ServerSentEvent named(String event, String data) {
        return new ServerSentEvent(event, data);
    }

    /** The event as it goes on the wire, blank line included. */
    public String wireFormat() {
        StringBuilder out = new StringBuilder();
        if (event != null) {
            out.append("event: ").append(event).append('\n');
        }
        for (String line : data.split("\n", -1)) {
            out.append("data: ").append(line).append('\n');
        }
        return out.append('\n').toString();
    }
}
