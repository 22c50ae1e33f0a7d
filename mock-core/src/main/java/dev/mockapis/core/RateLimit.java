package dev.mockapis.core;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A provider's rate limit to simulate: requests, and optionally tokens, per window.
 *
 * @param requests the requests allowed per window
 * @param tokens the tokens allowed per window, or {@code null} for no token limit
 * @param window the window, one minute for the providers' "per minute" limits
 */
public record RateLimit(int requests, @Nullable Integer tokens, Duration window) {

    /** Validates. */
    public RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("A rate limit allows at least 1 request, was " + requests);
        }
        if (tokens != null && tokens < 1) {
            throw new IllegalArgumentException("A token limit allows at least 1 token, was " + tokens);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A rate-limit window must be positive, was " + window);
        }
    }

    /** So many requests per minute. */
    public static RateLimit requestsPerMinute(int requests) {
        return new RateLimit(requests, null, Duration.ofMinutes(1));
    }

    /** This limit with a token budget per window as well. */
    public RateLimit withTokens(int tokensPerWindow) {
        return new RateLimit(requests, tokensPerWindow, window);
    }
}
