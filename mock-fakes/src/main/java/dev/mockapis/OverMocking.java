package dev.mockapis;

import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.UnusedStep;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scripted responses a test left unused that count as over-mocking: those of scenarios the test
 * brought (files, beans, programmatic ones), for operations it did call. A fake's built-in scenarios
 * script every operation they might apply to, and helpers like {@code OpenAiScenarios.builder} script
 * every model operation at once; steps for operations the application never calls say nothing about
 * the test.
 */
final class OverMocking {

    private OverMocking() {}

    static List<UnusedStep> of(FakeServer server) {
        List<UnusedStep> unused = server.unusedSteps();
        if (unused.isEmpty()) {
            return unused;
        }
        Set<Rule> builtIn = identitySet();
        // the server's own catalog: the scenario objects a test selects by name
        for (Scenario scenario : server.scenarios().builtIn()) {
            builtIn.addAll(scenario.rules());
        }
        Set<String> called = server.interactions().all().stream()
                .map(Interaction::operationId)
                .collect(Collectors.toSet());
        Set<Rule> neverReached = identitySet();
        unused.stream().filter(step -> step.index() == 0).forEach(step -> neverReached.add(step.rule()));
        return unused.stream()
                .filter(step -> !builtIn.contains(step.rule()))
                .filter(step -> server.api().routes().hasOperation(step.rule().operationId())
                        ? called.contains(step.rule().operationId())
                        // a name that is no route's covers several operations; whether it applied shows in its own
                        // progress
                        : !neverReached.contains(step.rule()))
                .toList();
    }

    private static Set<Rule> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }
}
