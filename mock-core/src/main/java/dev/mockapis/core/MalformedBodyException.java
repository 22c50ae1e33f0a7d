package dev.mockapis.core;

/** Thrown when a request body cannot be read as the format the operation expects. */
public final class MalformedBodyException extends RuntimeException {

    /** An exception with a message fit for the provider's error body. */
    public MalformedBodyException(String message) {
        super(message);
    }
}
