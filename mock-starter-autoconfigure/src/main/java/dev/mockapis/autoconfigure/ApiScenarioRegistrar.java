package dev.mockapis.autoconfigure;

import dev.mockapis.ApiScenario;
import dev.mockapis.core.Scenario;
import java.util.Map;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Makes the application's {@link ApiScenario} beans selectable by name once all singletons exist, and
 * rejects plain {@link Scenario} beans, which say nothing about the api they script.
 */
final class ApiScenarioRegistrar implements SmartInitializingSingleton {

    private final ListableBeanFactory beanFactory;
    private final ContextMockApiServers servers;

    ApiScenarioRegistrar(ListableBeanFactory beanFactory, ContextMockApiServers servers) {
        this.beanFactory = beanFactory;
        this.servers = servers;
    }

    @Override
    public void afterSingletonsInstantiated() {
        String[] plain = beanFactory.getBeanNamesForType(Scenario.class, false, false);
        if (plain.length > 0) {
            throw new IllegalStateException(
                    "Scenario bean '" + plain[0] + "' does not say which api it scripts; declare it as "
                            + "ApiScenario.of(\"<api>\", scenario) with one of: "
                            + String.join(", ", servers.definitions().byName().keySet()));
        }
        Map<String, ApiScenario> scenarios = beanFactory.getBeansOfType(ApiScenario.class, false, false);
        scenarios.forEach((beanName, apiScenario) -> {
            if (!servers.definitions().byName().containsKey(apiScenario.api())) {
                throw new IllegalStateException("ApiScenario bean '" + beanName + "' is for api '" + apiScenario.api()
                        + "', which does not exist; known: "
                        + String.join(", ", servers.definitions().byName().keySet()));
            }
            servers.register(apiScenario);
        });
    }
}
