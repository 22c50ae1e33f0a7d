package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeApi;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.PropertyResolver;

/**
 * The Anthropic fake: its base URL has no {@code /v1}, as anthropic-java appends {@code /v1/messages}
 * itself, and Spring AI's Anthropic properties point at it, as do LangChain4j's
 * ({@code langchain4j.anthropic.*}, whose base URL ends in {@code /v1}).
 */
final class AnthropicMockApiDefinition implements MockApiDefinition, RedirectsWhereSet {

    private static final List<String> LANGCHAIN4J_MODELS = List.of("chat-model", "streaming-chat-model");

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
        for (String model : LANGCHAIN4J_MODELS) {
            redirected.put("langchain4j.anthropic." + model + ".base-url", "${mockapis.anthropic.base-url}/v1");
            redirected.put("langchain4j.anthropic." + model + ".api-key", "${" + API_KEY + "}");
        }
        return redirected;
    }

    @Override
    public Set<String> redirectedWhereSet() {
        Set<String> keys = new LinkedHashSet<>();
        LANGCHAIN4J_MODELS.forEach(model -> keys.add("langchain4j.anthropic." + model + ".api-key"));
        return keys;
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new AnthropicFake(Clock.systemUTC());
    }
}
