package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.FakeApi;
import dev.mockapis.deepseek.DeepSeekFake;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The DeepSeek fake: OpenAI-compatible paths at the root (and under {@code /v1}), so its base URL is the
 * server's root, like {@code https://api.deepseek.com}; Spring AI's DeepSeek properties point at it.
 */
final class DeepSeekMockApiDefinition implements MockApiDefinition {

    static final String API_KEY = "mockapis.deepseek.api-key";

    @Override
    public String name() {
        return "deepseek";
    }

    @Override
    public Map<String, String> defaultProperties() {
        return Map.of(API_KEY, "sk-mockapis-deepseek-test");
    }

    @Override
    public Map<String, String> redirectedProperties() {
        Map<String, String> redirected = new LinkedHashMap<>();
        for (String prefix : new String[] {"spring.ai.deepseek", "spring.ai.deepseek.chat"}) {
            redirected.put(prefix + ".base-url", "${mockapis.deepseek.base-url}");
            redirected.put(prefix + ".api-key", "${" + API_KEY + "}");
        }
        return redirected;
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new DeepSeekFake(Clock.systemUTC());
    }
}
