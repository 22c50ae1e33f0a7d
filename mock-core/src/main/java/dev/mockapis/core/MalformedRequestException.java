package dev.mockapis.core;

/**
 * A request the fake's server refuses before any route sees it: unreadable HTTP, a bad URL, a body it
 * cannot frame, or a client too slow to send it. The message is written for the client, in the
 * provider's error shape, and names no Java internals.
 */
final class MalformedRequestException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String problem;

    MalformedRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
        this.problem = message;
    }

    /** The HTTP status to answer with: 400, 408, 413, 431 or 505. */
    int status() {
        return status;
    }

    /** What is wrong with the request, for the error body. */
    String problem() {
        return problem;
    }
}
