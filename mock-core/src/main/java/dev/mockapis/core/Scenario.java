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
 */
public record Scenario(String name, String description, List<Rule> rules) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates and copies. */
    public Scenario {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A scenario name is lower_snake_case, was '" + name + "'");
        }
        Objects.requireNonNull(description, "description");
        rules = List.copyOf(rules);
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

        /** The scenario. */
        public Scenario build() {
            return new Scenario(name, description, rules);
        }
    }
}
