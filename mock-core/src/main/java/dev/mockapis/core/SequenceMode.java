package dev.mockapis.core;

/** How a rule walks its steps across successive matching calls. */
public enum SequenceMode {

    /** Each step once, in order; the last one then repeats for every later call. */
    IN_ORDER,

    /** Round-robin: after the last step, start again at the first. */
    CYCLE
}
