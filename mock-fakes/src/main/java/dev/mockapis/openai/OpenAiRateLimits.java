package dev.mockapis.openai;

import dev.mockapis.core.HttpHeaders;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RateLimitStatus;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * OpenAI's rate-limit reporting: {@code x-ratelimit-*} on every answer, and on a 429 a
 * {@code retry-after} in whole seconds (the real time to the window's reset) with a short
 * {@code retry-after-ms}, which the SDKs prefer, so their retries fail fast in tests instead of
 * sleeping out the window.
 */
final class OpenAiRateLimits implements RateLimitFormat {

    @Override
    public HttpHeaders headers(RateLimitStatus status) {
        HttpHeaders.Builder headers = HttpHeaders.builder()
                .add("x-ratelimit-limit-requests", String.valueOf(status.requestLimit()))
                .add("x-ratelimit-remaining-requests", String.valueOf(status.requestsRemaining()))
                .add("x-ratelimit-reset-requests", durationText(status.requestsReset()));
        if (status.tokenLimit() != null) {
            headers.add("x-ratelimit-limit-tokens", String.valueOf(status.tokenLimit()))
                    .add("x-ratelimit-remaining-tokens", String.valueOf(status.tokensRemaining()))
                    .add("x-ratelimit-reset-tokens", durationText(tokensReset(status)));
        }
        if (status.rejected()) {
            headers.add("retry-after", String.valueOf(RateLimitFormat.retryAfterSeconds(status)))
                    .add("retry-after-ms", OpenAiHeaders.RETRY_AFTER_MS);
        }
        return headers.build();
    }

    @Override
    public ProviderError exceeded(RateLimitStatus status) {
        boolean tokens = status.exceeded() == RateLimitStatus.Exceeded.TOKENS;
        String message = tokens
                ? "Rate limit reached in organization org-mockapis on tokens per min (TPM): Limit "
                        + status.tokenLimit() + ", Remaining " + status.tokensRemaining() + ". Please try again in "
                        + durationText(tokensReset(status)) + "."
                : "Rate limit reached in organization org-mockapis on requests per min (RPM): Limit "
                        + status.requestLimit() + ", Used " + status.requestLimit() + ". Please try again in "
                        + durationText(status.requestsReset()) + ".";
        return new ProviderError(429, "rate_limit_exceeded", tokens ? "tokens" : "requests", message, null);
    }

    /** OpenAI's reset notation: {@code 12ms}, {@code 8.64s}, {@code 6m0s}. */
    static String durationText(Duration duration) {
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            String seconds = String.format(Locale.ROOT, "%.3f", millis / 1000.0)
                    .replaceAll("0+$", "")
                    .replaceAll("\\.$", "");
            return seconds + "s";
        }
        return (millis / 60_000) + "m" + ((millis % 60_000) / 1000) + "s";
    }

    private static Duration tokensReset(RateLimitStatus status) {
        return Objects.requireNonNull(status.tokensReset(), "only a token limit is exceeded by tokens or reports them");
    }
}
