package dev.mockapis.core;

/**
 * Thrown inside a fake's handler to answer the request with a provider-shaped error. The server renders
 * it with the fake's {@link ErrorFormat}; it never escapes as a 500.
 */
public final class ProviderErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ProviderError error;

    /** An exception carrying the error to answer with. */
    public ProviderErrorException(ProviderError error) {
        super(error.message(), null, false, false);
        this.error = error;
    }

    /** The error to answer with. */
    public ProviderError error() {
        return error;
    }
}
