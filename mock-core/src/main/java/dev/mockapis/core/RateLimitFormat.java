package dev.mockapis.core;

/** How a provider reports its rate limits: headers on every response and the error past the limit. */
public interface RateLimitFormat {

    /** A format with a plain {@code Retry-After} on rejections and no headers otherwise. */
    RateLimitFormat RETRY_AFTER_ONLY = new RateLimitFormat() {
        @Override
        public HttpHeaders headers(RateLimitStatus status) {
            return status.rejected()
                    ? HttpHeaders.of("Retry-After", String.valueOf(retryAfterSeconds(status)))
                    : HttpHeaders.empty();
        }

        @Override
        public ProviderError exceeded(RateLimitStatus status) {
            return ProviderError.of(
                    429, "rate_limited", "Rate limit exceeded: " + status.requestLimit() + " requests per window");
        }
    };

    /** A format for providers that send no rate-limit headers: only their error past the limit. */
    static RateLimitFormat errorOnly(java.util.function.Function<RateLimitStatus, ProviderError> error) {
        return new RateLimitFormat() {
            @Override
            public HttpHeaders headers(RateLimitStatus status) {
                return HttpHeaders.empty();
            }

            @Override
            public ProviderError exceeded(RateLimitStatus status) {
                return error.apply(status);
            }
        };
    }

    /** Headers for a response under the limiter, admitted or rejected. */
    HttpHeaders headers(RateLimitStatus status);

    /** The provider's error for a rejected request. */
    ProviderError exceeded(RateLimitStatus status);

    /** Whole seconds until a retry may succeed, at least 1 (as {@code Retry-After} requires). */
    static long retryAfterSeconds(RateLimitStatus status) {
        long millis = status.retryAfter().toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}
