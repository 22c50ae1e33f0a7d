package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * The {@code mockapis.*} values the fakes provide, at the lowest precedence so the application can
 * override any of them: each {@code mockapis.<api>.base-url}, answered by starting that fake on first
 * read (and absent while it is disabled), and the definitions' defaults such as
 * {@code mockapis.twilio.account-sid}.
 */
final class MockApisPropertySource extends EnumerablePropertySource<ContextMockApiServers> {

    static final String NAME = "mockApis";

    private final Map<String, String> baseUrlKeys = new LinkedHashMap<>();
    private final Map<String, String> defaults = new LinkedHashMap<>();

    MockApisPropertySource(ContextMockApiServers servers) {
        super(NAME, servers);
        for (MockApiDefinition definition : servers.definitions().values()) {
            baseUrlKeys.put("mockapis." + definition.name() + ".base-url", definition.name());
            defaults.putAll(definition.defaultProperties());
        }
    }

    @Override
    public String[] getPropertyNames() {
        String[] names = new String[baseUrlKeys.size() + defaults.size()];
        int i = 0;
        for (String key : baseUrlKeys.keySet()) {
            names[i++] = key;
        }
        for (String key : defaults.keySet()) {
            names[i++] = key;
        }
        return names;
    }

    @Override
    public Object getProperty(String name) {
        String api = baseUrlKeys.get(name);
        if (api != null) {
            return getSource().isEnabled(api) ? getSource().baseUrl(api) : null;
        }
        return defaults.get(name);
    }
}
