package dev.mockapis.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * A named, immutable set of rules that scripts how an API answers. Operations no rule applies to fall
 * through to the fake's stateful default behaviour, so a scenario scripts only the exception.
 *
 * @param name the name tests select it by, such as {@code tool_usage}
 * @param description one line on what it simulates
 * @param rules the rules; for a call, the first rule for its operation whose matcher accepts it applies
 * @param streamTiming how the fake paces the event streams it answers with while the scenario is active;
 *     {@link StreamTiming#NONE} sends events back to back (a rule's {@link Fault#streamPace} wins over it)
 */
public record Scenario(String name, String description, List<Rule> rules, StreamTiming streamTiming) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates and copies. */
    public Scenario {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A scenario name is lower_snake_case, was '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        rules = List.copyOf(rules);
        Objects.requireNonNull(streamTiming, "streamTiming");
    }

    /** A scenario whose streams are not paced. */
    public Scenario(String name, String description, List<Rule> rules) {
        this(name, description, rules, StreamTiming.NONE);
    }

    /** This scenario with its streams paced so: its rules and sequences as they are. */
    public Scenario withStreamTiming(StreamTiming timing) {
        return new Scenario(name, description, rules, timing);
    }

    /** Starts a scenario. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** A scenario with no rules: the fake's default behaviour throughout. */
    public static Scenario unscripted(String name, String description) {
        return new Scenario(name, description, List.of());
    }

    /** The operation ids this scenario scripts, in rule order. */
    public List<String> scriptedOperations() {
        return rules.stream().map(Rule::operationId).distinct().toList();
    }

    /** Builds a scenario. */
    public static final class Builder {
        private final String name;
        private String description = "";
        private final List<Rule> rules = new ArrayList<>();
        private StreamTiming streamTiming = StreamTiming.NONE;

        private Builder(String name) {
            this.name = name;
        }

        /** What the scenario simulates, in one line. */
        public Builder description(String text) {
            this.description = text;
            return this;
        }

        /** Adds a rule. */
        public Builder rule(Rule rule) {
            rules.add(rule);
            return this;
        }

        /** Adds a rule for an operation, built by the given function: {@code on("x", r -> r.fail(e).proceed())}. */
        public Builder on(String operationId, UnaryOperator<Rule.Builder> script) {
            return rule(script.apply(Rule.on(operationId)).build());
        }

        /** How the fake paces its event streams under this scenario; none by default. */
        public Builder streamTiming(StreamTiming timing) {
            this.streamTiming = Objects.requireNonNull(timing, "timing");
            return this;
        }

        /** The scenario. */
        public Scenario build() {
            return new Scenario(name, description, rules, streamTiming);
        }
    }
}
