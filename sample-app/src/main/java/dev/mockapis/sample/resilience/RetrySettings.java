package dev.mockapis.sample.resilience;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * How often and how patiently one kind of call is retried: the first attempt, then up to
 * {@code maxAttempts - 1} more, waiting {@code initialBackoff}, then that times {@code multiplier}, and so on.
 *
 * @param maxAttempts attempts in all, the first included
 * @param initialBackoff the wait before the second attempt
 * @param multiplier how much longer each further wait is
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, double multiplier) {

    /** A resilience4j configuration retrying the failures the predicate accepts. */
    public RetryConfig toConfig(Predicate<Throwable> retryable) {
        return RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(initialBackoff, multiplier))
                .retryOnException(retryable)
                .build();
    }
}
