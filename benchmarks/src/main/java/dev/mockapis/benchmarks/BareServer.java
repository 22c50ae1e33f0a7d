package dev.mockapis.benchmarks;

import dev.mockapis.shaded.mockwebserver3.Dispatcher;
import dev.mockapis.shaded.mockwebserver3.MockResponse;
import dev.mockapis.shaded.mockwebserver3.MockWebServer;
import dev.mockapis.shaded.mockwebserver3.RecordedRequest;
import dev.mockapis.shaded.okio.Buffer;
import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;

/**
 * The baseline: the very MockWebServer the fakes run on (the starter's relocated copy), with a
 * dispatcher that answers every request with fixed bytes and does nothing else, on sockets tuned as the
 * fakes' are unless asked for MockWebServer's defaults.
 */
final class BareServer implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();

    BareServer(int status, String contentType, byte[] body) throws IOException {
        this(status, contentType, body, true);
    }

    /**
     * A bare server; {@code noDelay} false keeps MockWebServer's socket defaults, whose Nagle delays
     * show against clients with delayed ACKs.
     */
    BareServer(int status, String contentType, byte[] body, boolean noDelay) throws IOException {
        if (noDelay) {
            server.setServerSocketFactory(new NoDelaySockets());
        }
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                server.takeRequest(0, TimeUnit.NANOSECONDS);
                return new MockResponse.Builder()
                        .code(status)
                        .addHeader("Content-Type", contentType)
                        .body(new Buffer().write(body))
                        .build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
    }

    String baseUrl() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort();
    }

    @Override
    public void close() {
        server.close();
    }
}
