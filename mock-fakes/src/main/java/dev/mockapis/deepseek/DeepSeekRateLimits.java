package dev.mockapis.deepseek;

import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RateLimitStatus;
import dev.mockapis.core.conversation.Failure;

/** DeepSeek's rate limits: no headers on answers, and past the limit its 429 {@code Rate Limit Reached}. */
final class DeepSeekRateLimits implements RateLimitFormat {

    @Override
    public HttpHeaders headers(RateLimitStatus status) {
        return HttpHeaders.empty();
    }

    @Override
    public ProviderError exceeded(RateLimitStatus status) {
        return DeepSeekErrors.of(Failure.RATE_LIMITED);
    }
}
