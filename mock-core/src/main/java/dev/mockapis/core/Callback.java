package dev.mockapis.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request a provider makes to the application because of a call, such as a Twilio status callback,
 * as a scenario step carries it: the fake sends it the way it sends its own once the step has answered
 * (see {@link FakeApi#sendCallbacks}). Record mode keeps the callbacks a provider made this way.
 *
 * @param params the form parameters, in the order the provider sent them
 * @param after how long after the call was answered, or after the callback before, a recording saw it
 *     come; kept for reading, not replayed
 */
public record Callback(Map<String, String> params, Duration after) {

    /** Validates and copies, keeping the order. */
    public Callback {
        Objects.requireNonNull(after, "after");
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        if (after.isNegative()) {
            throw new IllegalArgumentException("A callback comes after its call, was " + after);
        }
    }

    /** A callback with these parameters, sent straight away. */
    public static Callback of(Map<String, String> params) {
        return new Callback(params, Duration.ZERO);
    }
}
