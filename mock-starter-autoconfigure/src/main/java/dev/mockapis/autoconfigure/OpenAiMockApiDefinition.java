package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.FakeApi;
import dev.mockapis.openai.OpenAiFake;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.env.PropertyResolver;
import org.springframework.util.ClassUtils;

/**
 * The OpenAI fake: base URL ending in /v1, as the SDKs expect, and Spring AI's OpenAI properties (the
 * common ones and each model's own, which win over them) and LangChain4j's ({@code langchain4j.open-ai.*})
 * pointed at it. Spring AI 1.x appends {@code /v1/...} itself, so on it the base URLs are the fake's root. Where
 * Spring AI 2's Microsoft Foundry mode is on ({@code spring.ai.openai[.<model>].microsoft-foundry=true}), the
 * base URL is the fake's Azure endpoint, {@code <root>/openai/v1}, which Spring AI calls as Azure's v1 API. Spring AI
 * 1.x's Azure OpenAI module ({@code spring.ai.azure.openai.*}) gets the fake's root as its resource endpoint and the
 * fake's key as its Azure key (see also {@link AzureOpenAiClientBuilderRedirector}), so that Azure's SDK calls the
 * fake's deployment paths.
 */
final class OpenAiMockApiDefinition implements MockApiDefinition, RedirectsWhereSet, RedirectsBySettings {

    static final String API_KEY = "mockapis.openai.api-key";

    /** Azure OpenAI's v1 endpoint on the fake; a base URL ending in it puts Spring AI in Azure's unified path mode. */
    private static final String AZURE_V1 = "/openai/v1";

    private static final List<String> SPRING_AI_PREFIXES = List.of(
            "spring.ai.openai",
            "spring.ai.openai.chat",
            "spring.ai.openai.embedding",
            "spring.ai.openai.image",
            "spring.ai.openai.audio.speech",
            "spring.ai.openai.audio.transcription",
            "spring.ai.openai.moderation");

    private static final List<String> LANGCHAIN4J_MODELS = List.of(
            "chat-model",
            "streaming-chat-model",
            "language-model",
            "streaming-language-model",
            "embedding-model",
            "moderation-model",
            "image-model");

    /** A class of Spring AI 1.x's OpenAI module, gone in 2.0 (which builds on openai-java). */
    private static final String SPRING_AI_1_OPENAI_API = "org.springframework.ai.openai.api.OpenAiApi";

    /** A class of Spring AI 1.x's Azure OpenAI module, which 2.0 replaced by the OpenAI module's Foundry mode. */
    private static final String SPRING_AI_1_AZURE_OPENAI = "org.springframework.ai.azure.openai.AzureOpenAiChatModel";

    private static final String SPRING_AI_AZURE = "spring.ai.azure.openai";

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
        String springAiBaseUrl =
                ClassUtils.isPresent(SPRING_AI_1_OPENAI_API, getClass().getClassLoader())
                        ? "${mockapis.openai.root-url}"
                        : "${mockapis.openai.base-url}";
        for (String prefix : SPRING_AI_PREFIXES) {
            redirected.put(prefix + ".base-url", springAiBaseUrl);
            redirected.put(prefix + ".api-key", "${" + API_KEY + "}");
        }
        for (String model : LANGCHAIN4J_MODELS) {
            redirected.put("langchain4j.open-ai." + model + ".base-url", "${mockapis.openai.base-url}");
            redirected.put("langchain4j.open-ai." + model + ".api-key", "${" + API_KEY + "}");
        }
        if (springAiAzure()) {
            // Azure's SDK appends /openai/deployments/{deployment}/... to the resource's endpoint
            redirected.put(SPRING_AI_AZURE + ".endpoint", "${mockapis.openai.root-url}");
            // with a key, not Microsoft Entra ID, which would look for Azure credentials
            redirected.put(SPRING_AI_AZURE + ".api-key", "${" + API_KEY + "}");
        }
        return redirected;
    }

    @Override
    public Set<String> redirectedWhereSet() {
        Set<String> keys = new LinkedHashSet<>();
        LANGCHAIN4J_MODELS.forEach(model -> keys.add("langchain4j.open-ai." + model + ".api-key"));
        return keys;
    }

    private boolean springAiAzure() {
        return ClassUtils.isPresent(SPRING_AI_1_AZURE_OPENAI, getClass().getClassLoader());
    }

    @Override
    public String redirect(String property, String value, PropertyResolver settings) {
        if (!property.startsWith("spring.ai.openai") || !property.endsWith(".base-url")) {
            return value;
        }
        String prefix = property.substring(0, property.length() - ".base-url".length());
        boolean common = Boolean.TRUE.equals(settings.getProperty("spring.ai.openai.microsoft-foundry", Boolean.class));
        Boolean own = settings.getProperty(prefix + ".microsoft-foundry", Boolean.class);
        return (own != null ? own : common) ? "${mockapis.openai.root-url}" + AZURE_V1 : value;
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new OpenAiFake(Clock.systemUTC());
    }
}
