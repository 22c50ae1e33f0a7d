package dev.mockapis.core;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Paces one event stream as its {@link StreamTiming} says, on the thread that writes it. Each pause
 * watches the connection instead of sleeping blind: when the client disconnects, or the fake is reset or
 * closed, the pause ends at once: the connection is closed and an {@link IOException} stops MockWebServer
 * writing, so no thread or socket is held for the rest of a long stream.
 */
final class StreamPacer {

    private static final long POLL_NANOS = 100_000_000L;

    private final StreamTiming.Pauses pauses;
    private final LowLatencyServerSocketFactory.@Nullable GuardedSocket socket;
    private final AtomicLong generation;
    private final long startedIn;

    /**
     * @param socket the connection the stream goes out on, or {@code null} when it is already gone
     * @param generation changes when every paced stream must end: on reset and close
     */
    StreamPacer(
            StreamTiming timing, LowLatencyServerSocketFactory.@Nullable GuardedSocket socket, AtomicLong generation) {
        this.pauses = timing.pauses();
        this.socket = socket;
        this.generation = generation;
        this.startedIn = generation.get();
    }

    /**
     * Waits the pause before the next event.
     *
     * @param tokens the tokens the event carries
     */
    void beforeEvent(int tokens) throws IOException {
        long pause = pauses.next(tokens).toNanos();
        if (pause == 0) {
            return;
        }
        long deadline = System.nanoTime() + pause;
        boolean gone = socket != null ? socket.awaitGap(deadline, this::released) : parkUntil(deadline);
        if (gone) {
            // MockWebServer leaves a connection whose response failed open: close it, so the client sees the end too
            if (socket != null) {
                socket.close();
            }
            throw new InterruptedIOException(
                    "A paced event stream ended early: the client disconnected, or the fake was reset or closed");
        }
    }

    private boolean released() {
        return generation.get() != startedIn;
    }

    private boolean parkUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            if (released()) {
                return true;
            }
            LockSupport.parkNanos(Math.min(left, POLL_NANOS));
        }
        return released();
    }
}
