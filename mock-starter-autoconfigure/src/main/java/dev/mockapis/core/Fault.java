package dev.mockapis.core;

import java.time.Duration;
import java.util.Objects;

/**
 * A way the network or the provider misbehaves, applied to a response on its way out.
 * Each is what a real outage looks like to a client: a slow answer, no answer, a dropped connection.
 */
public sealed interface Fault {

    /** Latency before the response headers. */
    static Fault delay(Duration duration) {
        return new Delay(duration);
    }

    /** No response at all, until the client gives up (its read timeout). */
    static Fault stall() {
        return new Stall();
    }

    /** The connection closes before any byte of the response. */
    static Fault connectionReset() {
        return new ConnectionReset();
    }

    /** Headers and the first half of the body arrive, then the connection closes. */
    static Fault disconnectMidBody() {
        return new DisconnectMidBody();
    }

    /**
     * Latency before the response headers.
     *
     * @param duration how long the headers are held back
     */
    record Delay(Duration duration) implements Fault {
        /** Validates. */
        public Delay {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("A delay cannot be negative: " + duration);
            }
        }
    }

    /** No response until the client closes the connection. */
    record Stall() implements Fault {
    }

    /** The connection is closed before any response byte is written. */
    record ConnectionReset() implements Fault {
    }

    /**
     * The connection is closed half-way through the body: after half of the bytes of a fixed body, or
     * after half of the events of a stream.
     */
    record DisconnectMidBody() implements Fault {
    }
}
