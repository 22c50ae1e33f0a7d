package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.FakeApi;
import dev.mockapis.openai.OpenAiFake;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The OpenAI fake: base URL ending in /v1, as the SDKs expect, and Spring AI's OpenAI properties (the
 * common ones and each model's own, which win over them) pointed at it.
 */
final class OpenAiMockApiDefinition implements MockApiDefinition {

    static final String API_KEY = "mockapis.openai.api-key";

    private static final List<String> SPRING_AI_PREFIXES = List.of(
            "spring.ai.openai",
            "spring.ai.openai.chat",
            "spring.ai.openai.embedding",
            "spring.ai.openai.image",
            "spring.ai.openai.audio.speech",
            "spring.ai.openai.audio.transcription",
            "spring.ai.openai.moderation");

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public String basePath() {
        return "/v1";
    }

    @Override
    public Map<String, String> defaultProperties() {
        return Map.of(API_KEY, new MockApisProperties().getOpenai().getApiKey());
    }

    @Override
    public Map<String, String> redirectedProperties() {
        Map<String, String> redirected = new LinkedHashMap<>();
        for (String prefix : SPRING_AI_PREFIXES) {
            redirected.put(prefix + ".base-url", "${mockapis.openai.base-url}");
            redirected.put(prefix + ".api-key", "${" + API_KEY + "}");
        }
        return redirected;
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new OpenAiFake(Clock.systemUTC());
    }
}
