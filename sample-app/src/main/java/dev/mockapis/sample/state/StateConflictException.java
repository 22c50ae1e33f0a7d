package dev.mockapis.sample.state;

import java.util.Optional;

/** An update named a version that is no longer the current one: somebody else wrote in between. */
public class StateConflictException extends RuntimeException {

    private final transient SharedState current;

    StateConflictException(String customer, String key, long expectedVersion, SharedState current) {
        super("State '" + key + "' of " + customer + " is at version " + (current == null ? 0 : current.version())
                + ", not " + expectedVersion);
        this.current = current;
    }

    /** What is stored now, if anything. */
    public Optional<SharedState> current() {
        return Optional.ofNullable(current);
    }
}
