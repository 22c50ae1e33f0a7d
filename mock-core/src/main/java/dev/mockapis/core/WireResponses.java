package dev.mockapis.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/** Writes a {@link FakeResponse} with its faults as a MockWebServer response. */
final class WireResponses {

    private WireResponses() {}

    /**
     * How the request asks to be answered.
     *
     * @param head a HEAD request: headers as for GET, no body
     * @param http10 an HTTP/1.0 client: a 1.0 status line, no chunked framing, and the connection closed after
     */
    record Framing(boolean head, boolean http10) {
        static Framing of(String method, String version) {
            return new Framing("HEAD".equals(method), "HTTP/1.0".equals(version));
        }
    }

    /** How a response's event stream is paced: its {@link StreamTiming}, the pauses taken by a pacer. */
    interface Pacing {
        /** No pacing at all. */
        Pacing NONE = timing -> null;

        /** A pacer for one stream with this timing, or {@code null} when there is nothing to wait for. */
        @Nullable
        StreamPacer pacer(StreamTiming timing);
    }

    static MockResponse write(FakeResponse response, List<Fault> faults) {
        return write(response, faults, new Framing(false, false));
    }

    static MockResponse write(FakeResponse response, List<Fault> faults, Framing framing) {
        return write(response, faults, framing, StreamTiming.NONE, Pacing.NONE, event -> 1);
    }

    /**
     * The response on the wire.
     *
     * @param timing the scenario's pace for an event stream; a {@link Fault.StreamPace} among the faults wins
     * @param pacing makes the pacer that waits between the events
     */
    static MockResponse write(
            FakeResponse response,
            List<Fault> faults,
            Framing framing,
            StreamTiming timing,
            Pacing pacing,
            ToIntFunction<ServerSentEvent> tokens) {
        MockResponse.Builder wire = new MockResponse.Builder().code(response.status());
        response.headers().forEach(wire::addHeader);
        if (!mayHaveBody(response.status()) && response.body() instanceof ResponseBody.LiveEventStream live) {
            live.source().close();
        }
        if (mayHaveBody(response.status())) {
            if (response.body() instanceof ResponseBody.EventStream stream) {
                StreamTiming pace = pace(own(stream, timing), faults);
                // a scenario's timing is in tokens; a body's own pace and a rule's fault count events; an
                // unpaced stream, the usual case, is not weighed at all
                ToIntFunction<ServerSentEvent> weights = pace.isNone() || pace != timing ? event -> 1 : tokens;
                EventStream body = new EventStream(
                        stream, weights, !framing.http10(), () -> pace.isNone() ? null : pacing.pacer(pace));
                if (!framing.head()) {
                    wire.body(body);
                }
                if (framing.http10()) {
                    wire.removeHeader("Transfer-Encoding");
                    wire.setHeader("Content-Length", Long.toString(body.getContentLength()));
                } else {
                    wire.removeHeader("Content-Length");
                    wire.setHeader("Transfer-Encoding", "chunked");
                }
            } else if (response.body() instanceof ResponseBody.LiveEventStream live) {
                if (framing.head()) {
                    live.source().close();
                } else {
                    wire.body(new LiveEventStream(live.source(), !framing.http10()));
                }
                wire.removeHeader("Content-Length");
                if (framing.http10()) {
                    // no length is known: the closed connection ends the body
                    wire.removeHeader("Transfer-Encoding");
                } else {
                    wire.setHeader("Transfer-Encoding", "chunked");
                }
            } else {
                byte[] content = ((ResponseBody.Bytes) response.body()).content();
                if (framing.head()) {
                    // a HEAD answer keeps GET's headers, Content-Length included, and sends no body
                    wire.setHeader("Content-Length", Integer.toString(content.length));
                } else {
                    wire.body(new Buffer().write(content));
                }
            }
        }
        if (framing.http10()) {
            wire.status(wire.getStatus().replaceFirst("^HTTP/1\\.1", "HTTP/1.0"));
            wire.setHeader("Connection", "close");
            wire.onResponseEnd(new SocketEffect.CloseSocket(true, false, false));
        }
        faults.forEach(fault -> apply(fault, wire));
        return wire.build();
    }

    /** The pace a stream body carries itself, which wins over the scenario's. */
    private static StreamTiming own(ResponseBody.EventStream stream, StreamTiming scenario) {
        if (stream.firstEventDelay().isZero() && stream.interval().isZero()) {
            return scenario;
        }
        double rate = stream.interval().isZero()
                ? 0
                : 1_000_000_000.0 / stream.interval().toNanos();
        return StreamTiming.of(stream.firstEventDelay(), rate);
    }

    /** The stream's pace: a {@link Fault.StreamPace} of the step, else the body's or the scenario's timing. */
    private static StreamTiming pace(StreamTiming timing, List<Fault> faults) {
        StreamTiming result = timing;
        for (Fault fault : faults) {
            if (fault instanceof Fault.StreamPace pace) {
                result = StreamTiming.of(pace.timeToFirstEvent(), pace.eventsPerSecond());
            }
        }
        return result;
    }

    private static boolean mayHaveBody(int status) {
        return status != 204 && status != 304 && status >= 200;
    }

    private static void apply(Fault fault, MockResponse.Builder wire) {
        if (fault instanceof Fault.Delay delay) {
            wire.headersDelay(delay.duration().toNanos(), TimeUnit.NANOSECONDS);
        } else if (fault instanceof Fault.RandomDelay randomDelay) {
            wire.headersDelay(randomDelay.draw().toNanos(), TimeUnit.NANOSECONDS);
        } else if (fault instanceof Fault.SlowBody slowBody) {
            // Ten writes a second: slow enough to be seen, fine-grained enough to look continuous.
            wire.throttleBody(Math.max(1, slowBody.bytesPerSecond() / 10), 100, TimeUnit.MILLISECONDS);
        } else if (fault instanceof Fault.Stall) {
            // the dispatcher has already held the connection (Stalls); what is left is to close it unanswered
            wire.onResponseStart(new SocketEffect.CloseSocket(true, false, false));
        } else if (fault instanceof Fault.ConnectionReset) {
            wire.onResponseStart(new SocketEffect.CloseSocket(true, false, false));
        } else if (fault instanceof Fault.DisconnectMidBody) {
            wire.onResponseBody(new SocketEffect.CloseSocket(true, false, false));
        }
    }

    /**
     * An event stream, in HTTP/1.1 chunked framing (one chunk per event) or, for HTTP/1.0, plain, flushed
     * event by event so that the client sees each event when it is sent, each after its pacer's pause.
     * Reports its framed length so that a mid-body disconnect cuts it half-way.
     */
    private static final class EventStream implements MockResponseBody {
        private final List<byte[]> events = new ArrayList<>();
        private final int[] tokens;
        private final byte[] end;
        private final long length;
        private final java.util.function.Supplier<StreamPacer> pacers;

        /**
         * @param pacers a pacer for each writing of the body, or {@code null} for none
         */
        EventStream(
                ResponseBody.EventStream stream,
                ToIntFunction<ServerSentEvent> weights,
                boolean chunked,
                java.util.function.Supplier<StreamPacer> pacers) {
            long total = 0;
            this.tokens = new int[stream.events().size()];
            for (ServerSentEvent event : stream.events()) {
                tokens[events.size()] = weights.applyAsInt(event);
                byte[] data = event.wireFormat().getBytes(StandardCharsets.UTF_8);
                byte[] chunk = chunked ? frame(data) : data;
                events.add(chunk);
                total += chunk.length;
            }
            // MockWebServer ends a chunked body with its (empty) trailer block, the final CRLF.
            this.end = chunked ? "0\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[0];
            this.length = total + end.length;
            this.pacers = pacers;
        }

        private static byte[] frame(byte[] data) {
            byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] chunk = new byte[head.length + data.length + 2];
            System.arraycopy(head, 0, chunk, 0, head.length);
            System.arraycopy(data, 0, chunk, head.length, data.length);
            chunk[chunk.length - 2] = '\r';
            chunk[chunk.length - 1] = '\n';
            return chunk;
        }

        @Override
        public long getContentLength() {
            return length;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            StreamPacer pacer = pacers.get();
            for (int i = 0; i < events.size(); i++) {
                if (pacer != null) {
                    pacer.beforeEvent(tokens[i]);
                }
                sink.write(events.get(i));
                sink.flush();
            }
            if (end.length > 0) {
                sink.write(end);
                sink.flush();
            }
        }
    }

    /**
     * A live event stream, in HTTP/1.1 chunked framing (one chunk per event) or, for HTTP/1.0, plain: each
     * event flushed as soon as its source hands it over, the source closed however the writing ends.
     */
    private static final class LiveEventStream implements MockResponseBody {
        private final ResponseBody.EventSource source;
        private final boolean chunked;

        LiveEventStream(ResponseBody.EventSource source, boolean chunked) {
            this.source = source;
            this.chunked = chunked;
        }

        @Override
        public long getContentLength() {
            return -1;
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            try (source) {
                for (ServerSentEvent event = next(sink); event != null; event = next(sink)) {
                    byte[] data = event.wireFormat().getBytes(StandardCharsets.UTF_8);
                    sink.write(chunked ? EventStream.frame(data) : data);
                    sink.flush();
                }
                if (chunked) {
                    sink.write("0\r\n".getBytes(StandardCharsets.US_ASCII));
                    sink.flush();
                }
            }
        }

        /**
         * The source's next event. A source that breaks off closes the connection, so that the client sees
         * the stream break off as the source's did: MockWebServer would keep the connection open, and the
         * client would wait for the rest of the body until its own timeout.
         */
        private @Nullable ServerSentEvent next(BufferedSink sink) throws IOException {
            try {
                return source.next();
            } catch (IOException broken) {
                try {
                    sink.close();
                } catch (IOException alreadyGone) {
                    broken.addSuppressed(alreadyGone);
                }
                throw broken;
            }
        }
    }
}
