package dev.mockapis.sample.collaboration;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the agents of a collaboration work together. */
public enum Workflow {

    /** One after the other, each building on the previous agent's output; the last output is the result. */
    @JsonProperty("sequential")
    SEQUENTIAL,

    /** All at once on the same task; the result merges their outputs, in the order the agents were named. */
    @JsonProperty("parallel")
    PARALLEL
}
