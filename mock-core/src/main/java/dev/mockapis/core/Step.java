package dev.mockapis.core;

import java.util.List;
import java.util.Objects;

/**
 * One response in a rule's sequence, with the faults applied to it on the way out.
 *
 * @param response what to answer
 * @param faults the faults, applied in order (a delay, then a disconnect, for example)
 */
public record Step(ScriptedResponse response, List<Fault> faults) {

    /** Validates and copies. */
    public Step {
        Objects.requireNonNull(response, "response");
        faults = List.copyOf(faults);
    }

    /** A step without faults. */
    public static Step of(ScriptedResponse response) {
        return new Step(response, List.of());
    }

    /** This step with one more fault. */
    public Step withFault(Fault fault) {
        List<Fault> more = new java.util.ArrayList<>(faults);
        more.add(fault);
        return new Step(response, more);
    }
}
