package dev.mockapis.junit;

import dev.mockapis.MockApiServers;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.StreamTiming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The fakes of one test class: each api's fake is made and started the first time the class needs it
 * (a parameter, a scenario check, the verifier), takes the scenario the running test selects, and is
 * closed with the class. Clients built for the fakes are closed with them.
 */
final class ClassFakes implements MockApiServers, AutoCloseable {

    private final Map<String, ApiDefinition> definitions = new LinkedHashMap<>();
    private final Map<String, List<Scenario>> registered;
    private final ClasspathScenarioFiles scenarioFiles;
    private final Credentials credentials;
    private final Map<String, Prepared> prepared = new LinkedHashMap<>();
    private final Map<String, FakeServer> started = new LinkedHashMap<>();
    private final Map<Object, Object> shared = new LinkedHashMap<>();
    private Map<String, String> selection = Map.of();
    private @Nullable StreamTiming streamTiming;
    private boolean closed;

    ClassFakes(
            List<ApiDefinition> definitions,
            Map<String, List<Scenario>> registered,
            Credentials credentials,
            ClassLoader classLoader) {
        definitions.forEach(definition -> this.definitions.put(definition.name(), definition));
        this.registered = Map.copyOf(registered);
        this.credentials = credentials;
        this.scenarioFiles = new ClasspathScenarioFiles(classLoader);
    }

    Credentials credentials() {
        return credentials;
    }

    @Override
    public Set<String> apis() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(definitions.keySet()));
    }

    @Override
    public boolean isEnabled(String api) {
        return definitions.containsKey(api);
    }

    @Override
    public synchronized FakeServer server(String api) {
        FakeServer server = started.get(api);
        if (server != null) {
            return server;
        }
        if (closed) {
            throw new IllegalStateException("The " + api + " fake cannot start: its test class has finished");
        }
        Prepared fake = prepare(api);
        server = FakeServer.start(fake.api());
        try {
            server.register(fake.scenarios().toArray(Scenario[]::new));
            server.useScenario(scenarioFor(api, server.scenarios()));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        started.put(api, server);
        return server;
    }

    @Override
    public String baseUrl(String api) {
        return server(api).baseUrl() + require(api).basePath();
    }

    @Override
    public synchronized List<FakeServer> running() {
        return List.copyOf(started.values());
    }

    /** Back to fresh fakes: default scenario, no state, empty logs, no rate limit a test set. */
    @Override
    public synchronized void reset() {
        for (FakeServer server : started.values()) {
            server.reset();
            server.removeRateLimit();
        }
    }

    /**
     * The scenarios of every api without starting its fake: built-in ones, scenario files and those
     * registered with the extension.
     */
    synchronized ScenarioCatalog catalog(String api) {
        FakeServer server = started.get(api);
        if (server != null) {
            return server.scenarios();
        }
        Prepared fake = prepare(api);
        return fake.api().scenarios().with(fake.scenarios());
    }

    /**
     * Makes a test's scenarios active: on the running fakes now, on the others when they start. Apis not
     * named run their default scenario. Every name is checked first, so nothing changes when one is unknown.
     *
     * @param scenarios scenario names by api
     * @param source where they were selected, for error messages
     */
    synchronized void select(Map<String, String> scenarios, String source, @Nullable StreamTiming timing) {
        scenarios.forEach((api, name) -> {
            if (!isEnabled(api)) {
                throw new IllegalArgumentException(
                        source + " selects scenario '" + name + "' for " + api + ", but there is no api named '" + api
                                + "'; known: " + String.join(", ", definitions.keySet()));
            }
            ScenarioCatalog catalog = catalog(api);
            if (catalog.find(name).isEmpty()) {
                throw new IllegalArgumentException(source + ": No scenario '" + name + "' for " + api + "; known: "
                        + String.join(", ", catalog.names()));
            }
        });
        this.selection = Map.copyOf(scenarios);
        this.streamTiming = timing;
        started.forEach((api, server) -> server.useScenario(scenarioFor(api, server.scenarios())));
    }

    /** A value made once per class, such as an SDK client, closed with the fakes when it is {@link AutoCloseable}. */
    synchronized <T> T shared(Object key, Class<T> type, Supplier<? extends T> factory) {
        return type.cast(shared.computeIfAbsent(key, any -> factory.get()));
    }

    ApiDefinition require(String api) {
        ApiDefinition definition = definitions.get(api);
        if (definition == null) {
            throw new IllegalArgumentException(
                    "No api named '" + api + "'; known: " + String.join(", ", definitions.keySet()));
        }
        return definition;
    }

    @Override
    public synchronized void close() {
        closed = true;
        List<RuntimeException> failures = new ArrayList<>();
        for (Object value : shared.values()) {
            if (value instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    failures.add(new IllegalStateException("Could not close " + value, e));
                }
            }
        }
        started.values().forEach(FakeServer::close);
        started.clear();
        shared.clear();
        if (!failures.isEmpty()) {
            RuntimeException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
    }

    private Prepared prepare(String api) {
        ApiDefinition definition = require(api);
        return prepared.computeIfAbsent(api, name -> {
            FakeApi fake = definition.createFake();
            List<Scenario> scenarios = new ArrayList<>(scenarioFiles.load(fake));
            scenarios.addAll(registered.getOrDefault(api, List.of()));
            return new Prepared(fake, scenarios);
        });
    }

    private Scenario scenarioFor(String api, ScenarioCatalog catalog) {
        Scenario scenario = catalog.require(
                selection.getOrDefault(api, catalog.defaultScenario().name()));
        return streamTiming == null ? scenario : scenario.withStreamTiming(streamTiming);
    }

    @Override
    public String toString() {
        return "MockApiServers" + running();
    }

    private record Prepared(FakeApi api, List<Scenario> scenarios) {}
}
