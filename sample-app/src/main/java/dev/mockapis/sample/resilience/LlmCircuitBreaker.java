package dev.mockapis.sample.resilience;

import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The circuit breaker every call to the language model goes through. After too many failures it opens
 * and calls fail at once with {@link AssistantUnavailableException}, so customers get the polite fallback
 * reply straight away instead of waiting for an outage to time out.
 */
@Component
public class LlmCircuitBreaker {

    private final CircuitBreaker breaker;

    LlmCircuitBreaker(ResilienceProperties properties) {
        ResilienceProperties.LlmBreaker settings = properties.llmBreaker();
        this.breaker = CircuitBreaker.of("llm", CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpen())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                // a request the model rejects as malformed, or a conversation it has forgotten, is no outage
                .ignoreExceptions(BadRequestException.class, NotFoundException.class)
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
