package dev.mockapis.core;

/**
 * A scripted step no request reached: the sign of a test that scripts more than it exercises.
 *
 * @param scenario the scenario's name
 * @param rule the rule the step belongs to
 * @param index the step's position in the rule, from 0
 */
public record UnusedStep(String scenario, Rule rule, int index) {

    @Override
    public String toString() {
        return "scenario '" + scenario + "', " + rule.operationId() + " (when "
                + rule.matcher().description() + ") step " + (index + 1) + " of "
                + rule.steps().size() + " was never used";
    }
}
