package dev.mockapis.core;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Holds a stalled request's connection without answering: until the client disconnects, the fake is
 * reset or closed, or the stall limit passes, whichever comes first; the connection is then closed. So a
 * stall never keeps a thread and a socket longer than the limit, and a test whose client gives up
 * earlier releases them at once.
 */
final class Stalls {

    private final LowLatencyServerSocketFactory.Connections connections;
    private final Duration limit;
    private final AtomicLong generation;

    /**
     * @param generation changes when every current stall must end: on reset and close
     */
    Stalls(LowLatencyServerSocketFactory.Connections connections, Duration limit, AtomicLong generation) {
        this.connections = connections;
        this.limit = limit;
        this.generation = generation;
    }

    /** Makes the pacers of the streams the fake writes, which end as a stall does when the client or the fake goes. */
    Pacers pacers() {
        return (connectionIndex, timing) -> new StreamPacer(timing, connections.get(connectionIndex), generation);
    }

    /** Makes the pacer of one stream going out on a connection. */
    interface Pacers {
        StreamPacer pacer(int connectionIndex, StreamTiming timing);
    }

    /** Blocks while the request on this connection stalls. */
    void hold(int connectionIndex) {
        LowLatencyServerSocketFactory.GuardedSocket socket = connections.get(connectionIndex);
        if (socket == null) {
            return;
        }
        long started = generation.get();
        try {
            socket.awaitDisconnect(System.nanoTime() + limit.toNanos(), () -> generation.get() != started);
        } catch (IOException gone) {
            // nothing left to hold
        }
    }
}
