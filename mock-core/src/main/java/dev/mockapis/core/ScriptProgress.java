package dev.mockapis.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scenario in use: which rule answers a call, and how far each rule's sequence has gone. Thread-safe;
 * a fresh instance starts every sequence from its first step.
 */
final class ScriptProgress {

    private final Scenario scenario;
    private final Map<String, Set<String>> groups;
    private final List<AtomicInteger> callsPerRule;

    ScriptProgress(Scenario scenario) {
        this(scenario, Map.of());
    }

    ScriptProgress(Scenario scenario, Map<String, Set<String>> groups) {
        this.scenario = scenario;
        this.groups = groups;
        this.callsPerRule =
                scenario.rules().stream().map(rule -> new AtomicInteger()).toList();
    }

    Scenario scenario() {
        return scenario;
    }

    /** The step of the first rule that applies to the call, advancing that rule's sequence. */
    Optional<Step> next(ApiCall call) {
        List<Rule> rules = scenario.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (covers(rule.operationId(), call.operationId()) && rule.matcher().matches(call)) {
                return Optional.of(rule.stepFor(callsPerRule.get(i).getAndIncrement()));
            }
        }
        return Optional.empty();
    }

    private boolean covers(String ruleOperation, String callOperation) {
        return ruleOperation.equals(callOperation)
                || groups.getOrDefault(ruleOperation, Set.of()).contains(callOperation);
    }

    /** Scripted steps no call has reached yet: what a test scripted but never exercised. */
    List<UnusedStep> unusedSteps() {
        List<UnusedStep> unused = new ArrayList<>();
        List<Rule> rules = scenario.rules();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            int calls = callsPerRule.get(i).get();
            for (int step = calls; step < rule.steps().size(); step++) {
                unused.add(new UnusedStep(scenario.name(), rule, step));
            }
        }
        return unused;
    }
}
