package dev.mockapis.sample.orders;

/** The order service could not answer: it timed out, or kept failing after the retries. */
public class OrderServiceException extends RuntimeException {

    private final boolean timeout;

    OrderServiceException(String message, boolean timeout, Throwable cause) {
        super(message, cause);
        this.timeout = timeout;
    }

    /** Whether it did not answer in time (as opposed to answering with an error). */
    public boolean isTimeout() {
        return timeout;
    }
}
