package dev.mockapis.server.internal;

/** A command line the server cannot run with; the message says what is wrong. */
public final class UsageException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception with the message shown to the user. */
    public UsageException(String message) {
        super(message);
    }
}
