package dev.mockapis.core;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A rate limiter's state after a request, as providers report it in headers.
 *
 * @param requestLimit the requests allowed per window
 * @param requestsRemaining the requests left in this window
 * @param requestsReset the time until the request budget is full again
 * @param tokenLimit the tokens allowed per window, or {@code null} when tokens are not limited
 * @param tokensRemaining the tokens left in this window, or {@code null}
 * @param tokensReset the time until the token budget is full again, or {@code null}
 * @param exceeded which budget the request exceeded, or {@code null} when it was admitted
 */
public record RateLimitStatus(
        int requestLimit,
        int requestsRemaining,
        Duration requestsReset,
        @Nullable Integer tokenLimit,
        @Nullable Integer tokensRemaining,
        @Nullable Duration tokensReset,
        @Nullable Exceeded exceeded) {

    /** The budget a rejected request exceeded. */
    public enum Exceeded {
        /** Too many requests in the window. */
        REQUESTS,
        /** Too many tokens in the window. */
        TOKENS
    }

    /** Whether the request was rejected. */
    public boolean rejected() {
        return exceeded != null;
    }

    /** When a client may retry: the reset of the budget that was exceeded. */
    public Duration retryAfter() {
        return exceeded == Exceeded.TOKENS && tokensReset != null ? tokensReset : requestsReset;
    }
}
