package dev.mockapis.gemini;

import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RateLimitStatus;

/**
 * Gemini's rate limits: no headers on answers, and past the limit Google's 429 {@code RESOURCE_EXHAUSTED}
 * whose message says when to retry.
 */
final class GeminiRateLimits implements RateLimitFormat {

    @Override
    public HttpHeaders headers(RateLimitStatus status) {
        return HttpHeaders.empty();
    }

    @Override
    public ProviderError exceeded(RateLimitStatus status) {
        return GeminiErrors.quotaExceeded(RateLimitFormat.retryAfterSeconds(status));
    }
}
