package dev.mockapis.core;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The scenarios one api offers by name, with the one that applies when none is selected. */
public final class ScenarioCatalog {

    private final String api;
    private final Map<String, Scenario> scenarios;
    private final String defaultName;
    private final Set<String> registered;

    private ScenarioCatalog(String api, Map<String, Scenario> scenarios, String defaultName, Set<String> registered) {
        this.api = api;
        this.scenarios = scenarios;
        this.defaultName = defaultName;
        this.registered = registered;
    }

    /** A catalog whose first scenario is the default. */
    public static ScenarioCatalog of(String api, List<Scenario> scenarios) {
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("A catalog for " + api + " needs at least a default scenario");
        }
        Map<String, Scenario> byName = new LinkedHashMap<>();
        for (Scenario scenario : scenarios) {
            if (byName.putIfAbsent(scenario.name(), scenario) != null) {
                throw new IllegalArgumentException("Two scenarios for " + api + " are named '" + scenario.name() + "'");
            }
        }
        return new ScenarioCatalog(
                api,
                java.util.Collections.unmodifiableMap(byName),
                scenarios.get(0).name(),
                Set.of());
    }

    /** This catalog with more scenarios; a scenario with a built-in's name replaces it. */
    public ScenarioCatalog with(List<Scenario> more) {
        Map<String, Scenario> byName = new LinkedHashMap<>(scenarios);
        Set<String> names = new LinkedHashSet<>(registered);
        more.forEach(scenario -> {
            byName.put(scenario.name(), scenario);
            names.add(scenario.name());
        });
        return new ScenarioCatalog(
                api,
                java.util.Collections.unmodifiableMap(byName),
                defaultName,
                java.util.Collections.unmodifiableSet(names));
    }

    /** The scenario of that name. */
    public Optional<Scenario> find(String name) {
        return Optional.ofNullable(scenarios.get(name));
    }

    /**
     * The scenario of that name.
     *
     * @throws IllegalArgumentException naming the known scenarios when there is none of that name
     */
    public Scenario require(String name) {
        Scenario scenario = scenarios.get(name);
        if (scenario == null) {
            throw new IllegalArgumentException("No scenario '" + name + "' for " + api + "; known: "
                    + scenarios.keySet().stream().collect(Collectors.joining(", ")));
        }
        return scenario;
    }

    /** The scenario active when none is selected. */
    public Scenario defaultScenario() {
        return Objects.requireNonNull(scenarios.get(defaultName), defaultName);
    }

    /** Every scenario, in registration order. */
    public List<Scenario> all() {
        return List.copyOf(scenarios.values());
    }

    /** The api's own scenarios, the ones it was created with, leaving out those registered over them. */
    public List<Scenario> builtIn() {
        return scenarios.values().stream()
                .filter(scenario -> !registered.contains(scenario.name()))
                .toList();
    }

    /** The scenario names, in registration order. */
    public List<String> names() {
        return List.copyOf(scenarios.keySet());
    }
}
