package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.FakeApi;
import dev.mockapis.gemini.GeminiFake;
import java.time.Clock;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The Gemini fake. Spring AI's Google GenAI module has no base-URL property, so clients are redirected
 * by replacing the {@code com.google.genai.Client} bean instead (see {@link MockApisGeminiAutoConfiguration}).
 */
final class GeminiMockApiDefinition implements MockApiDefinition {

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
    public FakeApi createFake(PropertyResolver properties) {
        return new GeminiFake(Clock.systemUTC());
    }
}
