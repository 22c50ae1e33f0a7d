package dev.mockapis.server.internal;

/** A request the admin API refuses, with the status and message it answers. */
final class AdminException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    AdminException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
