package dev.mockapis.core;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds a {@link FakeServer} keeps, so that no client and no test can make it hang or grow without
 * limit. Each is set in a Spring context by the property named in its description.
 *
 * @param logCapacity the most interactions its log keeps ({@value InteractionLog#DEFAULT_CAPACITY} by default)
 * @param logMaxBytes about how many bytes its log holds, 64 MiB by default ({@code mockapis.log.max-bytes})
 * @param stallLimit how long a {@linkplain Fault#stall() stall} holds a connection before closing it, 10 s by
 *     default ({@code mockapis.server.stall-limit}); a client that disconnects first releases it at once
 * @param readTimeout how long a client may take to send the rest of a request it has started before it gets a
 *     408 and the connection closes, 10 s by default ({@code mockapis.server.read-timeout})
 * @param idleTimeout how long a kept-alive connection may wait for its next request before it is closed, 60 s by
 *     default ({@code mockapis.server.idle-timeout})
 */
public record ServerLimits(
        int logCapacity, long logMaxBytes, Duration stallLimit, Duration readTimeout, Duration idleTimeout) {

    /** Validates. */
    public ServerLimits {
        if (logCapacity < 1) {
            throw new IllegalArgumentException("The log capacity must be at least 1, was " + logCapacity);
        }
        if (logMaxBytes < 1) {
            throw new IllegalArgumentException("The log's memory budget must be at least 1 byte, was " + logMaxBytes);
        }
        requirePositive("stall limit", stallLimit);
        requirePositive("read timeout", readTimeout);
        requirePositive("idle timeout", idleTimeout);
    }

    /** The defaults. */
    public static ServerLimits defaults() {
        return new ServerLimits(
                InteractionLog.DEFAULT_CAPACITY,
                InteractionLog.DEFAULT_MAX_BYTES,
                Duration.ofSeconds(10),
                Duration.ofSeconds(10),
                Duration.ofSeconds(60));
    }

    /** These limits with another log capacity. */
    public ServerLimits withLogCapacity(int capacity) {
        return new ServerLimits(capacity, logMaxBytes, stallLimit, readTimeout, idleTimeout);
    }

    /** These limits with another log memory budget. */
    public ServerLimits withLogMaxBytes(long maxBytes) {
        return new ServerLimits(logCapacity, maxBytes, stallLimit, readTimeout, idleTimeout);
    }

    /** These limits with another stall limit. */
    public ServerLimits withStallLimit(Duration limit) {
        return new ServerLimits(logCapacity, logMaxBytes, limit, readTimeout, idleTimeout);
    }

    /** These limits with another read timeout. */
    public ServerLimits withReadTimeout(Duration timeout) {
        return new ServerLimits(logCapacity, logMaxBytes, stallLimit, timeout, idleTimeout);
    }

    /** These limits with another idle timeout. */
    public ServerLimits withIdleTimeout(Duration timeout) {
        return new ServerLimits(logCapacity, logMaxBytes, stallLimit, readTimeout, timeout);
    }

    private static void requirePositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero() || value.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("The " + name + " must be positive and under 24 days, was " + value);
        }
    }
}
