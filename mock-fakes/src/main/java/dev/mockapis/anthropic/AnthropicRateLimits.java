package dev.mockapis.anthropic;

import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RateLimitStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Anthropic's rate-limit reporting: {@code anthropic-ratelimit-requests-*} and, under a token limit,
 * {@code anthropic-ratelimit-tokens-*} and {@code anthropic-ratelimit-input-tokens-*} headers
 * ({@code limit}, {@code remaining}, and {@code reset} as an RFC 3339 time) on every response, and
 * {@code retry-after} with a 429 {@code rate_limit_error} past the limit.
 */
final class AnthropicRateLimits implements RateLimitFormat {

    private static final String PREFIX = "anthropic-ratelimit-";

    private final Clock clock;

    AnthropicRateLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public HttpHeaders headers(RateLimitStatus status) {
        HttpHeaders.Builder headers = HttpHeaders.builder();
        budget(headers, "requests", status.requestLimit(), status.requestsRemaining(), status.requestsReset());
        Integer tokenLimit = status.tokenLimit();
        if (tokenLimit != null) {
            int remaining = Objects.requireNonNull(status.tokensRemaining(), "a token limit always has a token budget");
            Duration reset = Objects.requireNonNull(status.tokensReset(), "a token limit always has a token window");
            budget(headers, "tokens", tokenLimit, remaining, reset);
            budget(headers, "input-tokens", tokenLimit, remaining, reset);
        }
        if (status.rejected()) {
            headers.set("retry-after", String.valueOf(RateLimitFormat.retryAfterSeconds(status)));
            // Replaces the short pause a scripted 429 suggests: this limit really lasts until the reset.
            headers.set(
                    "retry-after-ms",
                    String.valueOf(Math.max(1, status.retryAfter().toMillis())));
        }
        return headers.build();
    }

    private void budget(HttpHeaders.Builder headers, String name, int limit, int remaining, Duration reset) {
        Instant resetAt = clock.instant().plus(reset).truncatedTo(ChronoUnit.SECONDS);
        headers.set(PREFIX + name + "-limit", String.valueOf(limit));
        headers.set(PREFIX + name + "-remaining", String.valueOf(Math.max(0, remaining)));
        headers.set(PREFIX + name + "-reset", DateTimeFormatter.ISO_INSTANT.format(resetAt));
    }

    @Override
    public ProviderError exceeded(RateLimitStatus status) {
        boolean tokens = status.exceeded() == RateLimitStatus.Exceeded.TOKENS;
        int limit = tokens
                ? Objects.requireNonNull(status.tokenLimit(), "only a token limit can be exceeded by tokens")
                : status.requestLimit();
        String unit = tokens ? "input tokens" : "requests";
        return AnthropicErrors.error(
                429,
                AnthropicErrors.RATE_LIMIT,
                "This request would exceed the rate limit for your organization of "
                        + limit + " " + unit
                        + " in the current window. For details, refer to: https://docs.claude.com/en/api/rate-limits. "
                        + "You can see the response headers for current usage.");
    }
}
