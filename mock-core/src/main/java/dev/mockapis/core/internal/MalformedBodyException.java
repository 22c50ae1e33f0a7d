package dev.mockapis.core.internal;

/** Thrown when a request body cannot be read as the format the operation expects. */
public final class MalformedBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String problem;

    /** An exception with a message fit for the provider's error body. */
    public MalformedBodyException(String message) {
        super(message);
        this.problem = message;
    }

    /** What is wrong with the body, fit for the provider's error body. */
    public String problem() {
        return problem;
    }
}
