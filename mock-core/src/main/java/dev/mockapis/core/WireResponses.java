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

    private WireResponses() {
    }

    static MockResponse write(FakeResponse response, List<Fault> faults) {
        MockResponse.Builder wire = new MockResponse.Builder().code(response.status());
        response.headers().forEach(wire::addHeader);
        if (mayHaveBody(response.status())) {
            if (response.body() instanceof ResponseBody.EventStream stream) {
                wire.body(new ChunkedEventStream(paced(stream, faults)));
                wire.removeHeader("Content-Length");
                wire.setHeader("Transfer-Encoding", "chunked");
            } else {
                wire.body(new Buffer().write(((ResponseBody.Bytes) response.body()).content()));
            }
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
            wire.onResponseStart(SocketEffect.Stall.INSTANCE);
        } else if (fault instanceof Fault.ConnectionReset) {
            wire.onResponseStart(new SocketEffect.CloseSocket(true, false, false));
        } else if (fault instanceof Fault.DisconnectMidBody) {
            wire.onResponseBody(new SocketEffect.CloseSocket(true, false, false));
        }
    }

    /**
     * An event stream in HTTP/1.1 chunked framing, one chunk per event, flushed as it is written so the
     * client sees each event when it is sent. Reports its framed length so that a mid-body disconnect
     * cuts it half-way.
     */
    private static final class ChunkedEventStream implements MockResponseBody {
        private final List<byte[]> chunks = new ArrayList<>();
        private final long length;
        private final Duration firstEventDelay;
        private final Duration interval;

        ChunkedEventStream(ResponseBody.EventStream stream) {
            long total = 0;
            for (ServerSentEvent event : stream.events()) {
                byte[] data = event.wireFormat().getBytes(StandardCharsets.UTF_8);
                byte[] chunk = frame(data);
                chunks.add(chunk);
                total += chunk.length;
            }
            // MockWebServer ends a chunked body with its (empty) trailer block, the final CRLF.
            byte[] last = "0\r\n".getBytes(StandardCharsets.US_ASCII);
            chunks.add(last);
            this.length = total + last.length;
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
