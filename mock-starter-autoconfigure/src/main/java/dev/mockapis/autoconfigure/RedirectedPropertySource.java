package dev.mockapis.autoconfigure;

import org.springframework.core.env.EnumerablePropertySource;

/**
 * Client properties pointed at the fakes, such as {@code spring.ai.openai.base-url}, at the highest
 * precedence so they win over the application's own configuration. Each holds a placeholder like
 * {@code ${mockapis.openai.base-url}} and is present only while its api's fake is enabled.
 */
final class RedirectedPropertySource extends EnumerablePropertySource<ContextMockApiServers> {

    static final String NAME = "mockApisRedirects";

    RedirectedPropertySource(ContextMockApiServers servers) {
        super(NAME, servers);
    }

    @Override
    public String[] getPropertyNames() {
        return getSource().definitions().redirects().keySet().toArray(String[]::new);
    }

    @Override
    public Object getProperty(String name) {
        MockApiDefinitions definitions = getSource().definitions();
        String api = definitions.redirectApis().get(name);
        return api != null && getSource().isEnabled(api)
                ? definitions.redirects().get(name)
                : null;
    }
}
