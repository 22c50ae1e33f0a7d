package dev.mockapis.core;

import java.util.List;
import java.util.Objects;

/**
 * One response in a rule's sequence, with the faults applied to it on the way out and the callbacks the
 * provider makes to the application after it.
 *
 * @param response what to answer
 * @param faults the faults, applied in order (a delay, then a disconnect, for example)
 * @param callbacks the callbacks sent once a {@link ScriptedResponse.Respond} has answered, in order;
 *     only apis that {@linkplain FakeApi#sendsCallbacks() send callbacks} take them
 */
public record Step(ScriptedResponse response, List<Fault> faults, List<Callback> callbacks) {

    /** Validates and copies. */
    public Step {
        Objects.requireNonNull(response, "response");
        faults = List.copyOf(faults);
        callbacks = List.copyOf(callbacks);
        if (!callbacks.isEmpty() && !(response instanceof ScriptedResponse.Respond)) {
            throw new IllegalArgumentException(
                    "Callbacks go with a response the step gives; the fake sends its own when it answers");
        }
    }

    /** A step without callbacks. */
    public Step(ScriptedResponse response, List<Fault> faults) {
        this(response, faults, List.of());
    }

    /** A step without faults. */
    public static Step of(ScriptedResponse response) {
        return new Step(response, List.of());
    }

    /** This step with one more fault. */
    public Step withFault(Fault fault) {
        List<Fault> more = new java.util.ArrayList<>(faults);
        more.add(fault);
        return new Step(response, more, callbacks);
    }

    /** This step followed by these callbacks, after its response. */
    public Step withCallbacks(List<Callback> more) {
        List<Callback> all = new java.util.ArrayList<>(callbacks);
        all.addAll(more);
        return new Step(response, faults, all);
    }
}
