package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.FakeApi;
import dev.mockapis.gemini.GeminiFake;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.PropertyResolver;

/**
 * The Gemini fake. Spring AI's Google GenAI module has no base-URL property, so clients are redirected
 * by replacing the {@code com.google.genai.Client} bean instead (see {@link MockApisGeminiAutoConfiguration});
 * LangChain4j's models ({@code langchain4j.google-ai-gemini.*}, whose base URL ends in {@code /v1beta}) by
 * their properties.
 */
final class GeminiMockApiDefinition implements MockApiDefinition, RedirectsWhereSet {

    private static final List<String> LANGCHAIN4J_MODELS =
            List.of("chat-model", "streaming-chat-model", "embedding-model");

    static final String API_KEY = "mockapis.gemini.api-key";

    @Override
    public String name() {
        return "gemini";
    }

    @Override
    public Map<String, String> defaultProperties() {
        return Map.of(API_KEY, "mockapis-gemini-test-key");
    }

    @Override
    public Map<String, String> redirectedProperties() {
        Map<String, String> redirected = new LinkedHashMap<>();
        for (String model : LANGCHAIN4J_MODELS) {
            redirected.put("langchain4j.google-ai-gemini." + model + ".base-url", "${mockapis.gemini.base-url}/v1beta");
            redirected.put("langchain4j.google-ai-gemini." + model + ".api-key", "${" + API_KEY + "}");
        }
        return redirected;
    }

    @Override
    public Set<String> redirectedWhereSet() {
        Set<String> keys = new LinkedHashSet<>();
        LANGCHAIN4J_MODELS.forEach(model -> keys.add("langchain4j.google-ai-gemini." + model + ".api-key"));
        return keys;
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new GeminiFake(Clock.systemUTC());
    }
}
