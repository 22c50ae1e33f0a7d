package dev.mockapis.core.record.internal;

import dev.mockapis.core.ServerSentEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads an upstream's server-sent events one at a time, as they arrive, each with the time since the
 * one before and real values swapped for the fake's.
 */
final class EventReader {

    private final UpstreamCall.Target upstream;
    private final BufferedReader reader;
    private long previous;
    private boolean ended;

    /**
     * @param sent when the request was sent, in {@link System#nanoTime()}: the first event's time counts from it
     */
    EventReader(UpstreamCall.Target upstream, InputStream in, long sent) {
        this.upstream = upstream;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.previous = sent;
    }

    /**
     * The next event, waiting for it.
     *
     * @return the event, or {@code null} when the stream has ended
     * @throws IOException when the upstream breaks off
     */
    TimedEvent next() throws IOException {
        if (ended) {
            return null;
        }
        String name = null;
        StringBuilder data = null;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isEmpty()) {
                if (data != null) {
                    return timed(name, data);
                }
                name = null;
            } else if (line.startsWith("data:")) {
                String value = field(line, 5);
                data = data == null
                        ? new StringBuilder(value)
                        : data.append('\n').append(value);
            } else if (line.startsWith("event:")) {
                name = field(line, 6);
            }
            // id:, retry: and comments carry nothing the SDKs read
        }
        ended = true;
        // an event the upstream did not end with a blank line still counts
        return data == null ? null : timed(name, data);
    }

    private TimedEvent timed(String name, StringBuilder data) {
        long now = System.nanoTime();
        TimedEvent event = new TimedEvent(
                new ServerSentEvent(name, UpstreamCall.toFake(upstream, data.toString())),
                Duration.ofMillis((now - previous) / 1_000_000));
        previous = now;
        return event;
    }

    private static String field(String line, int prefix) {
        String value = line.substring(prefix);
        return value.startsWith(" ") ? value.substring(1) : value;
    }
}
