package dev.mockapis.core;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a fake sends after the headers: fixed bytes, a stream of events flushed one by one, or a stream
 * whose events are passed on as they arrive from elsewhere.
 */
public sealed interface ResponseBody {

    /** No body. */
    static ResponseBody empty() {
        return new Bytes(new byte[0]);
    }

    /** A UTF-8 text body. */
    static ResponseBody text(String text) {
        return new Bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A body sent in one piece with a {@code Content-Length}. */
    record Bytes(byte[] content) implements ResponseBody {
        /** Copies the content, so the value stays immutable. */
        public Bytes {
            content = content.clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        /** The content decoded as UTF-8. */
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes bytes && java.util.Arrays.equals(bytes.content, content);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(content);
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /**
     * A {@code text/event-stream} body sent with chunked encoding, each event flushed on its own.
     *
     * @param events the events, in order
     * @param firstEventDelay the pause before the first event (time to first token)
     * @param interval the pause between later events
     */
    record EventStream(List<ServerSentEvent> events, Duration firstEventDelay, Duration interval)
            implements ResponseBody {
        /** Validates and copies. */
        public EventStream {
            events = List.copyOf(events);
            Objects.requireNonNull(firstEventDelay, "firstEventDelay");
            Objects.requireNonNull(interval, "interval");
        }

        /** Events sent back to back. */
        public EventStream(List<ServerSentEvent> events) {
            this(events, Duration.ZERO, Duration.ZERO);
        }

        /** The whole stream as text, as a client would read it. */
        public String text() {
            StringBuilder out = new StringBuilder();
            events.forEach(event -> out.append(event.wireFormat()));
            return out.toString();
        }
    }

    /**
     * A {@code text/event-stream} body whose events are not known in advance, sent with chunked encoding:
     * each event is taken from the source once the one before has been flushed, and flushed as soon as
     * it is taken, so the client sees it when the source has it (record mode passes a provider's stream
     * through this way). It is sent at most once, unpaced: the source keeps its own time.
     *
     * @param source where the events come from
     */
    record LiveEventStream(EventSource source) implements ResponseBody {
        /** Validates. */
        public LiveEventStream {
            Objects.requireNonNull(source, "source");
        }
    }

    /** Where the events of a {@link LiveEventStream} come from, one at a time. */
    interface EventSource extends java.io.Closeable {

        /**
         * The next event, waiting for it as long as the source takes.
         *
         * @return the event, or {@code null} when the stream has ended
         * @throws java.io.IOException when the source breaks off
         */
        @Nullable
        ServerSentEvent next() throws java.io.IOException;

        /** Called once, when the body has been sent or its sending was given up, for example when the client left. */
        @Override
        void close();
    }
}
