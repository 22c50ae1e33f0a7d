package dev.mockapis.sample.resilience;

/** The language model is not called because its circuit breaker is open. */
public class AssistantUnavailableException extends RuntimeException {

    AssistantUnavailableException(Throwable cause) {
        super("The assistant is temporarily unavailable: " + cause.getMessage(), cause);
    }
}
