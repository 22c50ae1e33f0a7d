package dev.mockapis.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points Azure's OpenAI SDK ({@code com.azure:azure-ai-openai}, under Spring AI 1.1's Azure OpenAI module) at the
 * OpenAI fake's Azure paths. Active only with that SDK on the classpath and the OpenAI fake enabled.
 */
@AutoConfiguration(after = MockApisAutoConfiguration.class)
@ConditionalOnClass(name = "com.azure.ai.openai.OpenAIClientBuilder")
@ConditionalOnMockApi("openai")
final class MockApisAzureOpenAiAutoConfiguration {

    @Bean
    static AzureOpenAiClientBuilderRedirector mockApisAzureOpenAiClientBuilderRedirector(Environment environment) {
        return new AzureOpenAiClientBuilderRedirector(environment);
    }
}
