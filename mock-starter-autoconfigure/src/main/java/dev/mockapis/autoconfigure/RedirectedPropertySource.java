package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * Client properties pointed at the fakes, such as {@code spring.ai.openai.base-url}, at the highest
 * precedence so they win over the application's own configuration. Each holds a placeholder like
 * {@code ${mockapis.openai.base-url}} and is present only while its api's fake is enabled.
 */
final class RedirectedPropertySource extends EnumerablePropertySource<ContextMockApiServers> {

    static final String NAME = "mockApisRedirects";

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> apis = new LinkedHashMap<>();

    RedirectedPropertySource(ContextMockApiServers servers) {
        super(NAME, servers);
        for (MockApiDefinition definition : servers.definitions().values()) {
            definition.redirectedProperties().forEach((key, value) -> {
                values.put(key, value);
                apis.put(key, definition.name());
            });
        }
    }

    @Override
    public String[] getPropertyNames() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    public Object getProperty(String name) {
        String api = apis.get(name);
        return api != null && getSource().isEnabled(api) ? values.get(name) : null;
    }
}
