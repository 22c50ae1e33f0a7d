package dev.mockapis.twilio;

import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RateLimitStatus;

/**
 * Twilio's rate limits: no rate-limit headers on answers, and past the limit its 429 with error code
 * 20429, {@code Too Many Requests}.
 */
final class TwilioRateLimits implements RateLimitFormat {

    @Override
    public HttpHeaders headers(RateLimitStatus status) {
        return HttpHeaders.empty();
    }

    @Override
    public ProviderError exceeded(RateLimitStatus status) {
        return TwilioErrors.tooManyRequests();
    }
}
