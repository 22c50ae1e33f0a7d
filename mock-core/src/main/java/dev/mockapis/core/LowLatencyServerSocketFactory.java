package dev.mockapis.core;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ServerSocketFactory;
import org.jspecify.annotations.Nullable;

/**
 * The server sockets a {@link FakeServer}'s MockWebServer accepts on: the layer that makes every request
 * answered in bounded time, since MockWebServer 5's HTTP/1 parser leaves some requests unanswered (a
 * non-numeric {@code Content-Length} or a GET with a body throws out of its reader and leaves the
 * connection open; a request target such as {@code *} fails its URL building the same way; it has no
 * read timeout, and it keeps aborted uploads in its request queue).
 *
 * <p>Which piece does what:
 * <ul>
 *   <li>Here: each accepted connection gets Nagle's algorithm off (a fake answers in small writes, and
 *       coalescing them costs every call tens of milliseconds against clients with delayed ACKs), an
 *       input stream that is a {@link GuardedInput}, and an entry in the fake's {@link Connections} under
 *       MockWebServer's connection index (it numbers connections in accept order, as this does).</li>
 *   <li>{@link GuardedInput}: reads each request whole before MockWebServer does, with the read and
 *       idle timeouts; answers malformed, oversized and too-slow requests itself with the provider's
 *       error ({@link Rejections}) and closes; drops aborted uploads; hands MockWebServer only
 *       well-formed requests with a plain {@code Content-Length} body.</li>
 *   <li>{@link RequestHead}: the checks of the request line, URL and headers.</li>
 *   <li>{@link FakeDispatcher}: everything that parsed: routing, HEAD (answered as GET without a body),
 *       HTTP/1.0 (answered as 1.0, unchunked, then closed), and stalls, which wait on
 *       {@link GuardedInput#awaitDisconnect} for the client to leave, the stall limit, a reset or close.</li>
 *   <li>MockWebServer: the connection threads and writing responses.</li>
 * </ul>
 */
final class LowLatencyServerSocketFactory extends ServerSocketFactory {

    private static final int BACKLOG = 512;

    private final ServerLimits limits;
    private final Rejections rejections;
    private final Connections connections;

    LowLatencyServerSocketFactory(ServerLimits limits, Rejections rejections, Connections connections) {
        this.limits = limits;
        this.rejections = rejections;
        this.connections = connections;
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
        return new GuardedServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
        ServerSocket socket = createServerSocket();
        socket.bind(new InetSocketAddress(port));
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
        ServerSocket socket = createServerSocket();
        socket.bind(new InetSocketAddress(port), backlog);
        return socket;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
        ServerSocket socket = createServerSocket();
        socket.bind(new InetSocketAddress(address, port), backlog);
        return socket;
    }

    /** The accepted connections of one fake, by MockWebServer's connection index. */
    static final class Connections {
        private final Map<Integer, GuardedSocket> open = new ConcurrentHashMap<>();
        private final AtomicInteger accepted = new AtomicInteger();

        /** The connection a request came on, or null when it is already gone. */
        @Nullable
        GuardedSocket get(int connectionIndex) {
            return open.get(connectionIndex);
        }

        int size() {
            return open.size();
        }
    }

    private final class GuardedServerSocket extends ServerSocket {
        GuardedServerSocket() throws IOException {
            super();
        }

        /** MockWebServer asks for a backlog of 50; a burst of parallel clients would overflow it and wait on SYN retries. */
        @Override
        public void bind(java.net.SocketAddress endpoint, int backlog) throws IOException {
            super.bind(endpoint, Math.max(backlog, BACKLOG));
        }

        /**
         * A connection the client has already reset fails its option setting; it is closed and the next one
         * taken, since MockWebServer stops accepting for good on any exception from here and would never
         * close that socket. The index is taken only for connections handed on, so it stays MockWebServer's.
         */
        @Override
        public Socket accept() throws IOException {
            while (true) {
                GuardedSocket socket = new GuardedSocket();
                implAccept(socket);
                try {
                    socket.setTcpNoDelay(true);
                } catch (IOException resetByClient) {
                    socket.close();
                    continue;
                }
                socket.index = connections.accepted.getAndIncrement();
                connections.open.put(socket.index, socket);
                return socket;
            }
        }
    }

    /** An accepted connection whose input is guarded. */
    final class GuardedSocket extends Socket {
        private int index = -1;
        private @Nullable GuardedInput input;

        @Override
        public synchronized InputStream getInputStream() throws IOException {
            if (input == null) {
                input = new GuardedInput(this, super.getInputStream(), super.getOutputStream(), limits, rejections);
            }
            return input;
        }

        /** See {@link GuardedInput#awaitGap}. */
        boolean awaitGap(long deadlineNanos, java.util.function.BooleanSupplier release) throws IOException {
            return ((GuardedInput) getInputStream()).awaitGap(deadlineNanos, release);
        }

        /** See {@link GuardedInput#awaitDisconnect}. */
        boolean awaitDisconnect(long deadlineNanos, java.util.function.BooleanSupplier release) throws IOException {
            return ((GuardedInput) getInputStream()).awaitDisconnect(deadlineNanos, release);
        }

        @Override
        public synchronized void close() throws IOException {
            connections.open.remove(index, this);
            super.close();
        }
    }
}
