package dev.mockapis.sample.resilience;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retries and the circuit breaker that keep the assistant polite when a provider misbehaves.
 *
 * @param inboundRetry how an inbound WhatsApp message that failed to be answered is retried before it becomes a dead letter
 * @param llmBreaker when calls to the language model stop for a while after too many failures
 */
@ConfigurationProperties("assistant.resilience")
public record ResilienceProperties(
        RetrySettings inboundRetry, @DefaultValue LlmBreaker llmBreaker) {

    /**
     * The language model's circuit breaker.
     *
     * @param failureRateThreshold the failure percentage over the window that opens it
     * @param slidingWindowSize how many recent calls the rate is measured over
     * @param minimumCalls calls needed before the rate counts
     * @param waitInOpenState how long it stays open before letting a trial call through
     * @param permittedCallsInHalfOpen trial calls that decide whether it closes again
     */
    public record LlmBreaker(
            @DefaultValue("50") float failureRateThreshold,
            @DefaultValue("10") int slidingWindowSize,
            @DefaultValue("5") int minimumCalls,
            @DefaultValue("30s") Duration waitInOpenState,
            @DefaultValue("2") int permittedCallsInHalfOpen) {}
}
