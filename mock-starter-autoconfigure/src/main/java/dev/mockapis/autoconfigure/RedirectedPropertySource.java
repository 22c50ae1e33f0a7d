package dev.mockapis.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Client properties pointed at the fakes, such as {@code spring.ai.openai.base-url}, at the highest
 * precedence so they win over the application's own configuration. Each holds a placeholder like
 * {@code ${mockapis.openai.base-url}} and is present only while its api's fake is enabled; the few a
 * definition redirects only where set (see {@link RedirectsWhereSet}) are present only while the
 * application's own configuration sets them too, in any of the forms Spring Boot binds.
 */
final class RedirectedPropertySource extends EnumerablePropertySource<ContextMockApiServers> {

    static final String NAME = "mockApisRedirects";

    private final ConfigurableEnvironment environment;

    RedirectedPropertySource(ContextMockApiServers servers, ConfigurableEnvironment environment) {
        super(NAME, servers);
        this.environment = environment;
    }

    @Override
    public String[] getPropertyNames() {
        return getSource().definitions().redirects().keySet().toArray(String[]::new);
    }

    @Override
    public boolean containsProperty(String name) {
        // not by name alone: a listed property is absent while its fake is disabled or the application leaves it unset
        return getProperty(name) != null;
    }

    @Override
    public @Nullable Object getProperty(String name) {
        MockApiDefinitions definitions = getSource().definitions();
        String api = definitions.redirectApis().get(name);
        if (api == null || !getSource().isEnabled(api)) {
            return null;
        }
        if (definitions.redirectedWhereSet().contains(name) && !setByTheApplication(name)) {
            return null;
        }
        String value = definitions.redirects().get(name);
        if (value != null && definitions.byName().get(api) instanceof RedirectsBySettings bySettings) {
            return bySettings.redirect(name, value, environment);
        }
        return value;
    }

    private boolean setByTheApplication(String name) {
        ConfigurationPropertyName key = ConfigurationPropertyName.of(name);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            Object underlying = source.getUnderlyingSource();
            if (underlying == this || underlying instanceof MockApisPropertySource) {
                continue;
            }
            if (source.getConfigurationProperty(key) != null) {
                return true;
            }
        }
        return false;
    }
}
