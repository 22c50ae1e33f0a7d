package dev.mockapis.core.record.internal;

import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.ServerSentEvent;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A response as the upstream sent it, real values already swapped for the fake's.
 *
 * @param status the status
 * @param headers the headers, transport headers left out
 * @param body the body of a response that is not a stream
 * @param events the events of a stream, or {@code null}
 */
public record Observed(int status, HttpHeaders headers, byte[] body, List<TimedEvent> events) {

    /** Copies. */
    public Observed {
        body = body.clone();
        events = events == null ? null : List.copyOf(events);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** Whether the upstream answered with an event stream. */
    public boolean isStream() {
        return events != null;
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The response to hand the client. */
    public FakeResponse toResponse() {
        if (events != null) {
            List<ServerSentEvent> plain = events.stream().map(TimedEvent::event).toList();
            return new FakeResponse(status, headers, new ResponseBody.EventStream(plain));
        }
        return new FakeResponse(status, headers, new ResponseBody.Bytes(body));
    }
}
