package dev.mockapis.core.record.internal;

import dev.mockapis.core.Callback;
import dev.mockapis.core.RequestFingerprint;
import java.util.List;

/**
 * One call a recording proxy forwarded, what came back, and the callbacks the provider made because of it.
 *
 * @param operation the operation id
 * @param request what replay will compare
 * @param response what the upstream answered
 * @param callbacks the callbacks that reached the relay for this call, in the order they came
 */
public record Exchange(String operation, RequestFingerprint request, Observed response, List<Callback> callbacks) {

    /** Copies. */
    public Exchange {
        callbacks = List.copyOf(callbacks);
    }

    /** An exchange without callbacks. */
    public Exchange(String operation, RequestFingerprint request, Observed response) {
        this(operation, request, response, List.of());
    }

    /** This exchange with these callbacks. */
    public Exchange withCallbacks(List<Callback> seen) {
        return new Exchange(operation, request, response, seen);
    }
}
