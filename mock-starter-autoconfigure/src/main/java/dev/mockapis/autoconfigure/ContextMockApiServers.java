package dev.mockapis.autoconfigure;

import dev.mockapis.ApiScenario;
import dev.mockapis.MockApiDefinition;
import dev.mockapis.MockApiServers;
import dev.mockapis.core.AcceptsModels;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.RateLimit;
import dev.mockapis.core.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The fakes of one application context: started on first use, with the api's scenario files,
 * {@code ApiScenario} beans and configured rate limit, and closed with the context. Deliberately not
 * a {@code Lifecycle}: Spring Framework 7 stops lifecycle beans when it pauses a cached context, and a
 * closed MockWebServer cannot start again.
 */
final class ContextMockApiServers implements MockApiServers, DisposableBean {

    private final ConfigurableEnvironment environment;
    private final ScenarioFileLoader scenarioFiles;
    private final Map<String, FakeServer> started = new LinkedHashMap<>();
    private final Map<String, Optional<RateLimit>> rateLimits = new LinkedHashMap<>();
    private final Map<String, Boolean> strictRequests = new LinkedHashMap<>();
    private final Map<String, List<Scenario>> registered = new LinkedHashMap<>();
    private volatile MockApiDefinitions definitions = MockApiDefinitions.NONE;
    private boolean closed;

    ContextMockApiServers(
            List<MockApiDefinition> definitions, ConfigurableEnvironment environment, ClassLoader classLoader) {
        for (MockApiDefinition definition : definitions) {
            add(definition, definition.getClass().getName() + " (META-INF/spring.factories)");
        }
        this.environment = environment;
        this.scenarioFiles = new ScenarioFileLoader(classLoader);
    }

    MockApiDefinitions definitions() {
        return definitions;
    }

    /** Adds an api, such as one declared as a bean, before any fake is asked for it. */
    synchronized void add(MockApiDefinition definition, String origin) {
        definitions = definitions.with(definition, origin);
    }

    @Override
    public Set<String> apis() {
        Set<String> enabled = new LinkedHashSet<>();
        for (String name : definitions.byName().keySet()) {
            if (isEnabled(name)) {
                enabled.add(name);
            }
        }
        return enabled;
    }

    @Override
    public boolean isEnabled(String api) {
        return definitions.byName().containsKey(api) && MockApisSwitch.isEnabled(environment, api);
    }

    @Override
    public synchronized FakeServer server(String api) {
        FakeServer server = started.get(api);
        if (server != null) {
            return server;
        }
        MockApiDefinition definition = requireDefinition(api);
        if (closed) {
            throw new IllegalStateException("The " + api + " fake cannot start: its application context is closed");
        }
        if (!MockApisSwitch.isEnabled(environment, api)) {
            throw new IllegalStateException(
                    "The " + api + " fake is disabled (" + MockApisSwitch.describe(environment, api) + ")");
        }
        Optional<RateLimit> rateLimit = ConfiguredRateLimit.of(environment, api);
        boolean strict = strictRequests(api);
        FakeApi fake = definition.createFake(environment);
        if (fake instanceof AcceptsModels catalogue) {
            String[] models = environment.getProperty("mockapis." + api + ".models", String[].class);
            if (models != null) {
                catalogue.acceptModels(List.of(models));
            }
        }
        if (!api.equals(fake.name())) {
            throw new IllegalStateException("The MockApiDefinition '" + api + "' ("
                    + definitions.origins().get(api) + ") created a fake named '" + fake.name()
                    + "'; give both the same name");
        }
        List<Scenario> scenarios = new ArrayList<>(scenarioFiles.load(fake));
        scenarios.addAll(registered.getOrDefault(api, List.of()));
        server = FakeServer.start(fake, ConfiguredLimits.of(environment));
        try {
            server.register(scenarios.toArray(Scenario[]::new));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        rateLimit.ifPresent(server::limitRate);
        rateLimits.put(api, rateLimit);
        server.strictRequests(strict);
        strictRequests.put(api, strict);
        started.put(api, server);
        return server;
    }

    @Override
    public String baseUrl(String api) {
        return server(api).baseUrl() + requireDefinition(api).basePath();
    }

    /** The fake's scheme, host and port, without the api's base path; starts the fake if needed. */
    String rootUrl(String api) {
        requireDefinition(api);
        return server(api).baseUrl();
    }

    @Override
    public synchronized List<FakeServer> running() {
        return List.copyOf(started.values());
    }

    @Override
    public synchronized void reset() {
        started.forEach((api, server) -> {
            server.reset();
            // a test may have changed the limit through the server; the next one starts from the configured one
            Objects.requireNonNull(rateLimits.get(api), api)
                    .ifPresentOrElse(server::limitRate, server::removeRateLimit);
            server.strictRequests(Objects.requireNonNull(strictRequests.get(api), api));
        });
    }

    /** {@code mockapis.<api>.strict-requests}: whether the fake refuses what the provider refuses (default true). */
    private boolean strictRequests(String api) {
        String property = "mockapis." + api + ".strict-requests";
        try {
            return environment.getProperty(property, Boolean.class, true);
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    property + " must be true or false, was '" + environment.getProperty(property) + "'", e);
        }
    }

    /** Makes user scenarios selectable by name, now if the fake runs, else when it starts. */
    synchronized void register(ApiScenario apiScenario) {
        requireDefinition(apiScenario.api());
        registered.computeIfAbsent(apiScenario.api(), name -> new ArrayList<>()).add(apiScenario.scenario());
        FakeServer server = started.get(apiScenario.api());
        if (server != null) {
            server.register(apiScenario.scenario());
        }
    }

    @Override
    public synchronized void destroy() {
        closed = true;
        started.values().forEach(FakeServer::close);
        started.clear();
    }

    private MockApiDefinition requireDefinition(String api) {
        MockApiDefinition definition = definitions.byName().get(api);
        if (definition == null) {
            throw new IllegalArgumentException("No api named '" + api + "'; known: "
                    + String.join(", ", definitions.byName().keySet()));
        }
        return definition;
    }

    @Override
    public String toString() {
        return "MockApiServers" + running();
    }
}
