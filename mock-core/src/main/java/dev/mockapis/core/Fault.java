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

    /** Latency before the response headers, uniformly random within the bounds (inclusive). */
    static Fault randomDelay(Duration min, Duration max) {
        return new RandomDelay(min, max);
    }

    /** The body trickles out at this many bytes per second, after prompt headers. */
    static Fault slowBody(long bytesPerSecond) {
        return new SlowBody(bytesPerSecond);
    }

    /**
     * An event stream paced like a model generating: a pause before the first event, then events at
     * the given rate.
     */
    static Fault streamPace(Duration timeToFirstEvent, double eventsPerSecond) {
        return new StreamPace(timeToFirstEvent, eventsPerSecond);
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

    /**
     * Latency before the response headers, drawn uniformly for each response.
     *
     * @param min the shortest delay
     * @param max the longest delay
     */
    record RandomDelay(Duration min, Duration max) implements Fault {
        /** Validates. */
        public RandomDelay {
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("A random delay needs 0 <= min <= max, was " + min + ".." + max);
            }
        }

        /** A delay within the bounds. */
        public Duration draw() {
            long spread = max.toNanos() - min.toNanos();
            return min.plusNanos(
                    spread == 0
                            ? 0
                            : java.util.concurrent.ThreadLocalRandom.current().nextLong(spread + 1));
        }
    }

    /**
     * A body sent slowly, as over a congested link.
     *
     * @param bytesPerSecond the transfer rate
     */
    record SlowBody(long bytesPerSecond) implements Fault {
        /** Validates. */
        public SlowBody {
            if (bytesPerSecond < 1) {
                throw new IllegalArgumentException(
                        "A slow body needs at least 1 byte per second, was " + bytesPerSecond);
            }
        }
    }

    /**
     * The pace of an event stream; ignored for bodies that are not streams.
     *
     * @param timeToFirstEvent the pause before the first event
     * @param eventsPerSecond the rate of the events after it
     */
    record StreamPace(Duration timeToFirstEvent, double eventsPerSecond) implements Fault {
        /** Validates. */
        public StreamPace {
            Objects.requireNonNull(timeToFirstEvent, "timeToFirstEvent");
            if (timeToFirstEvent.isNegative() || !(eventsPerSecond > 0)) {
                throw new IllegalArgumentException(
                        "A stream pace needs a non-negative first delay and a positive rate");
            }
        }

        /** The pause between two events. */
        public Duration interval() {
            return Duration.ofNanos((long) (1_000_000_000L / eventsPerSecond));
        }
    }

    /** No response until the client closes the connection. */
    record Stall() implements Fault {}

    /** The connection is closed before any response byte is written. */
    record ConnectionReset() implements Fault {}

    /**
     * The connection is closed half-way through the body: after half of the bytes of a fixed body, or
     * after half of the events of a stream.
     */
    record DisconnectMidBody() implements Fault {}
}
