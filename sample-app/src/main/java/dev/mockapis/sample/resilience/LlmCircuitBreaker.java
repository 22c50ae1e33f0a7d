package dev.mockapis.sample.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.function.Supplier;

/**
 * The circuit breaker every call to one provider's language model goes through. After too many failures
 * it opens and calls fail at once with {@link AssistantUnavailableException}, so customers get the
 * polite fallback reply straight away instead of waiting for an outage to time out.
 */
public class LlmCircuitBreaker {

    private final CircuitBreaker breaker;

    /**
     * A breaker for one provider.
     *
     * @param provider the provider's name, such as {@code openai}
     * @param settings when it opens and for how long
     * @param notOutages failures that say nothing about the provider's health, such as a rejected request
     */
    @SafeVarargs
    public LlmCircuitBreaker(
            String provider, ResilienceProperties.LlmBreaker settings, Class<? extends Throwable>... notOutages) {
        this.breaker = CircuitBreaker.of(
                provider,
                CircuitBreakerConfig.custom()
                        .failureRateThreshold(settings.failureRateThreshold())
                        .slidingWindowSize(settings.slidingWindowSize())
                        .minimumNumberOfCalls(settings.minimumCalls())
                        .waitDurationInOpenState(settings.waitInOpenState())
                        .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpen())
                        .automaticTransitionFromOpenToHalfOpenEnabled(true)
                        .ignoreExceptions(notOutages)
                        .build());
    }

    /**
     * Calls the model through the breaker.
     *
     * @throws AssistantUnavailableException when the breaker is open
     */
    public <T> T call(Supplier<T> modelCall) {
        try {
            return breaker.executeSupplier(modelCall);
        } catch (CallNotPermittedException e) {
            throw new AssistantUnavailableException(e);
        }
    }

    /** {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}, ... */
    public CircuitBreaker.State state() {
        return breaker.getState();
    }

    /** Closes the breaker and forgets the calls it counted, as after a fixed outage. */
    public void reset() {
        breaker.reset();
    }
}
