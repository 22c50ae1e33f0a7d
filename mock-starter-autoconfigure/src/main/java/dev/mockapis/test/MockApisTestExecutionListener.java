package dev.mockapis.test;

import dev.mockapis.MockApiServers;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import java.util.Set;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Applies the scenarios {@code @MockApis} selects before each test method, paced by its {@code streamTiming}
 * when it gives one; after it, runs the
 * {@link StrictMode} checks and resets every fake (state, scenario progress, interaction log, rate
 * limit). Scenarios are checked before any is applied, so an unknown name fails the test at its start
 * with the known names listed.
 */
class MockApisTestExecutionListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        MockApiServers servers = testContext
                .getApplicationContext()
                .getBeanProvider(MockApiServers.class)
                .getIfAvailable();
        Set<String> running = servers != null ? servers.apis() : Set.of();
        ScenarioSelection selection =
                ScenarioSelection.of(testContext.getTestClass(), testContext.getTestMethod(), running);
        if (servers == null || running.isEmpty()) {
            return;
        }
        for (String api : running) {
            FakeServer server = servers.server(api);
            String name = selection.scenarios().get(api);
            if (name != null && server.scenarios().find(name).isEmpty()) {
                throw new IllegalArgumentException(selection.source() + ": No scenario '" + name + "' for " + api
                        + "; known: " + String.join(", ", server.scenarios().names()));
            }
        }
        for (String api : running) {
            FakeServer server = servers.server(api);
            String name = selection.scenarios().get(api);
            Scenario scenario = name != null
                    ? server.scenarios().require(name)
                    : server.scenarios().defaultScenario();
            server.useScenario(
                    selection.streamTiming() == null ? scenario : scenario.withStreamTiming(selection.streamTiming()));
        }
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        MockApiServers servers = testContext
                .getApplicationContext()
                .getBeanProvider(MockApiServers.class)
                .getIfAvailable();
        if (servers == null) {
            return;
        }
        try {
            StrictMode.check(testContext, servers);
        } finally {
            servers.reset();
        }
    }
}
