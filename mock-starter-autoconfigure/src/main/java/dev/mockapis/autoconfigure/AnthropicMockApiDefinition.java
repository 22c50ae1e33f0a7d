package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeApi;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The Anthropic fake: its base URL has no {@code /v1}, as anthropic-java appends {@code /v1/messages}
 * itself, and Spring AI's Anthropic properties point at it.
 */
final class AnthropicMockApiDefinition implements MockApiDefinition {

    static final String API_KEY = "mockapis.anthropic.api-key";

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public Map<String, String> defaultProperties() {
        return Map.of(API_KEY, "sk-ant-mockapis-test");
    }

    @Override
    public Map<String, String> redirectedProperties() {
        Map<String, String> redirected = new LinkedHashMap<>();
        redirected.put("spring.ai.anthropic.base-url", "${mockapis.anthropic.base-url}");
        redirected.put("spring.ai.anthropic.api-key", "${" + API_KEY + "}");
        return redirected;
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new AnthropicFake(Clock.systemUTC());
    }
}
