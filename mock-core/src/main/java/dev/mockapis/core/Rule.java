package dev.mockapis.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A scenario's script for one operation: the calls it applies to and the steps it answers them with.
 *
 * @param operationId the operation, such as {@code threads.runs.retrieve}
 * @param matcher which calls of that operation the rule applies to
 * @param steps the responses, walked according to {@code mode}
 * @param mode in order with the last repeating, or cycling
 */
public record Rule(String operationId, RequestMatcher matcher, List<Step> steps, SequenceMode mode) {

    /** Validates and copies. */
    public Rule {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(mode, "mode");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A rule for '" + operationId + "' needs at least one step");
        }
    }

    /** Starts a rule for an operation. */
    public static Builder on(String operationId) {
        return new Builder(operationId);
    }

    /** The step for the n-th matching call (0-based). */
    public Step stepFor(int callIndex) {
        int index = mode == SequenceMode.CYCLE ? callIndex % steps.size() : Math.min(callIndex, steps.size() - 1);
        return steps.get(index);
    }

    /** {@code messages.create when form param To = +1... : 2 steps, in order}. */
    @Override
    public String toString() {
        return operationId + " when " + matcher.description() + ": " + steps.size() + " step(s), "
                + mode.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Builds a rule step by step; each response method adds one step. */
    public static final class Builder {
        private final String operationId;
        private RequestMatcher matcher = RequestMatcher.any();
        private final List<Step> steps = new ArrayList<>();
        private SequenceMode mode = SequenceMode.IN_ORDER;

        private Builder(String operationId) {
            this.operationId = operationId;
        }

        /** Applies the rule only to calls this matcher accepts (default: every call). */
        public Builder when(RequestMatcher requestMatcher) {
            this.matcher = requestMatcher;
            return this;
        }

        /** Adds a step answering with exactly this response. */
        public Builder respond(FakeResponse response, Fault... faults) {
            return then(new Step(new ScriptedResponse.Respond(response), List.of(faults)));
        }

        /** Adds a step answering with this error in the provider's shape. */
        public Builder fail(ProviderError error, Fault... faults) {
            return then(new Step(new ScriptedResponse.Fail(error), List.of(faults)));
        }

        /** Adds a step that lets the fake answer as it normally would. */
        public Builder proceed(Fault... faults) {
            return then(new Step(new ScriptedResponse.Proceed(null), List.of(faults)));
        }

        /** Adds a step that lets the fake answer, steered by a provider-specific directive. */
        public Builder proceedWith(@Nullable Directive directive, Fault... faults) {
            return then(new Step(new ScriptedResponse.Proceed(directive), List.of(faults)));
        }

        /** Adds a step that is only a fault on the fake's normal answer (a stall, a reset...). */
        public Builder fault(Fault fault) {
            return proceed(fault);
        }

        /** Adds a step. */
        public Builder then(Step step) {
            steps.add(step);
            return this;
        }

        /** After the last step, starts again at the first (the default repeats the last step). */
        public Builder cycling() {
            this.mode = SequenceMode.CYCLE;
            return this;
        }

        /** The rule. */
        public Rule build() {
            return new Rule(operationId, matcher, steps, mode);
        }
    }
}
