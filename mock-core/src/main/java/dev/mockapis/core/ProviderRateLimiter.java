package dev.mockapis.core;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A provider-side rate limit: fixed windows of requests and, optionally, tokens, enforced with
 * resilience4j rate limiters that never wait (a provider rejects; it does not queue).
 */
final class ProviderRateLimiter {

    private final RateLimit limit;
    private final RateLimiter requests;
    private final @Nullable RateLimiter tokens;
    private final long windowStartNanos;

    ProviderRateLimiter(RateLimit limit) {
        this.limit = limit;
        // resilience4j's windows start when the limiter is built; remember that moment to report resets.
        this.windowStartNanos = System.nanoTime();
        this.requests = RateLimiter.of("requests", config(limit.requests(), limit.window()));
        Integer tokenBudget = limit.tokens();
        this.tokens = tokenBudget == null ? null : RateLimiter.of("tokens", config(tokenBudget, limit.window()));
    }

    private static RateLimiterConfig config(int permits, Duration window) {
        return RateLimiterConfig.custom()
                .limitForPeriod(permits)
                .limitRefreshPeriod(window)
                .timeoutDuration(Duration.ZERO)
                .build();
    }

    RateLimit limit() {
        return limit;
    }

    /** Takes one request and {@code tokenCost} tokens from the budgets, if both allow it. */
    RateLimitStatus acquire(int tokenCost) {
        RateLimitStatus.Exceeded exceeded = null;
        Integer tokenBudget = limit.tokens();
        if (!requests.acquirePermission()) {
            exceeded = RateLimitStatus.Exceeded.REQUESTS;
        } else if (tokens != null
                && tokenBudget != null
                && tokenCost > 0
                && (tokenCost > tokenBudget || !tokens.acquirePermission(tokenCost))) {
            exceeded = RateLimitStatus.Exceeded.TOKENS;
        }
        Duration reset = untilNextWindow();
        return new RateLimitStatus(
                limit.requests(),
                requests.getMetrics().getAvailablePermissions(),
                reset,
                limit.tokens(),
                tokens == null ? null : tokens.getMetrics().getAvailablePermissions(),
                tokens == null ? null : reset,
                exceeded);
    }

    private Duration untilNextWindow() {
        long window = limit.window().toNanos();
        long elapsed = (System.nanoTime() - windowStartNanos) % window;
        return Duration.ofNanos(window - elapsed);
    }
}
