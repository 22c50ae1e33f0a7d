package dev.mockapis.autoconfigure;

import dev.mockapis.core.RateLimit;
import java.util.Optional;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** Reads {@code mockapis.<api>.rate-limit.*} into the provider rate limit a fake enforces. */
final class ConfiguredRateLimit {

    private ConfiguredRateLimit() {}

    /**
     * The api's configured limit, if it has one.
     *
     * @throws IllegalStateException naming the properties when their values are not a valid limit
     */
    static Optional<RateLimit> of(Environment environment, String api) {
        String prefix = "mockapis." + api + ".rate-limit";
        MockApisProperties.RateLimit limit = Binder.get(environment)
                .bind(prefix, MockApisProperties.RateLimit.class)
                .orElse(null);
        if (limit == null || (limit.getRequestsPerMinute() == null && limit.getTokensPerMinute() == null)) {
            return Optional.empty();
        }
        // a token budget alone leaves requests unlimited, as a provider's tokens-only tier does
        int requests = limit.getRequestsPerMinute() != null ? limit.getRequestsPerMinute() : Integer.MAX_VALUE;
        try {
            return Optional.of(new RateLimit(requests, limit.getTokensPerMinute(), limit.getWindow()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(prefix + ": " + e.getMessage(), e);
        }
    }
}
