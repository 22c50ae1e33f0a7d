package dev.mockapis.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;

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

    static MockResponse write(FakeResponse response, List<Fault> faults) {
        return write(response, faults, new Framing(false, false));
    }

    static MockResponse write(FakeResponse response, List<Fault> faults, Framing framing) {
        MockResponse.Builder wire = new MockResponse.Builder().code(response.status());
        response.headers().forEach(wire::addHeader);
        if (mayHaveBody(response.status())) {
            if (response.body() instanceof ResponseBody.EventStream stream) {
                EventStream body = new EventStream(paced(stream, faults), !framing.http10());
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

    private static ResponseBody.EventStream paced(ResponseBody.EventStream stream, List<Fault> faults) {
        ResponseBody.EventStream result = stream;
        for (Fault fault : faults) {
            if (fault instanceof Fault.StreamPace pace) {
                result = new ResponseBody.EventStream(stream.events(), pace.timeToFirstEvent(), pace.interval());
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
     * An event stream, in HTTP/1.1 chunked framing (one chunk per event) or, for HTTP/1.0, plain, flushed as it is written so the
     * client sees each event when it is sent. Reports its framed length so that a mid-body disconnect
     * cuts it half-way.
     */
    private static final class EventStream implements MockResponseBody {
        private final List<byte[]> chunks = new ArrayList<>();
        private final long length;
        private final Duration firstEventDelay;
        private final Duration interval;

        EventStream(ResponseBody.EventStream stream, boolean chunked) {
            long total = 0;
            for (ServerSentEvent event : stream.events()) {
                byte[] data = event.wireFormat().getBytes(StandardCharsets.UTF_8);
                byte[] chunk = chunked ? frame(data) : data;
                chunks.add(chunk);
                total += chunk.length;
            }
            if (chunked) {
                // MockWebServer ends a chunked body with its (empty) trailer block, the final CRLF.
                byte[] last = "0\r\n".getBytes(StandardCharsets.US_ASCII);
                chunks.add(last);
                total += last.length;
            }
            this.length = total;
            this.firstEventDelay = stream.firstEventDelay();
            this.interval = stream.interval();
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
            for (int i = 0; i < chunks.size(); i++) {
                pause(i == 0 ? firstEventDelay : interval);
                sink.write(chunks.get(i));
                sink.flush();
            }
        }

        private static void pause(Duration duration) throws InterruptedIOException {
            if (duration.isZero()) {
                return;
            }
            try {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("Interrupted while pacing an event stream");
            }
        }
    }
}
