package dev.mockapis.autoconfigure;

import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * The {@code mockapis.*} values the fakes provide, at the lowest precedence so the application can
 * override any of them: each {@code mockapis.<api>.base-url}, answered by starting that fake on first
 * read (and absent while it is disabled), each {@code mockapis.<api>.root-url} (the same without the base
 * path), and the definitions' defaults such as
 * {@code mockapis.twilio.account-sid}.
 */
final class MockApisPropertySource extends EnumerablePropertySource<ContextMockApiServers> {

    static final String NAME = "mockApis";

    MockApisPropertySource(ContextMockApiServers servers) {
        super(NAME, servers);
    }

    @Override
    public String[] getPropertyNames() {
        MockApiDefinitions definitions = getSource().definitions();
        return Stream.of(
                        definitions.baseUrlKeys().keySet(),
                        definitions.rootUrlKeys().keySet(),
                        definitions.defaults().keySet())
                .flatMap(Set::stream)
                .toArray(String[]::new);
    }

    @Override
    public @Nullable Object getProperty(String name) {
        MockApiDefinitions definitions = getSource().definitions();
        String api = definitions.baseUrlKeys().get(name);
        if (api != null) {
            return getSource().isEnabled(api) ? getSource().baseUrl(api) : null;
        }
        String rootApi = definitions.rootUrlKeys().get(name);
        if (rootApi != null) {
            return getSource().isEnabled(rootApi) ? getSource().rootUrl(rootApi) : null;
        }
        return definitions.defaults().get(name);
    }
}
