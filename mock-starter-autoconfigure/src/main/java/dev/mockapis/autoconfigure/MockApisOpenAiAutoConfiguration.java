package dev.mockapis.autoconfigure;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points openai-java at the OpenAI fake: the application's {@link OpenAIClient} beans are replaced by
 * copies with the fake's base URL and API key (keeping every other option), and an application without
 * one gets a client of its own. Active only with openai-java on the classpath and the fake enabled.
 */
@AutoConfiguration(after = MockApisAutoConfiguration.class)
@ConditionalOnClass({OpenAIClient.class, OpenAIOkHttpClient.class})
@ConditionalOnMockApi("openai")
public final class MockApisOpenAiAutoConfiguration {

    static final String CLIENT_BEAN_NAME = "mockApisOpenAiClient";

    @Bean
    static OpenAiClientRedirector mockApisOpenAiClientRedirector(Environment environment) {
        return new OpenAiClientRedirector(environment, CLIENT_BEAN_NAME);
    }

    @Bean(name = CLIENT_BEAN_NAME)
    @ConditionalOnMissingBean
    OpenAIClient mockApisOpenAiClient(Environment environment) {
        return OpenAIOkHttpClient.builder()
                .baseUrl(environment.getRequiredProperty("mockapis.openai.base-url"))
                .apiKey(environment.getRequiredProperty("mockapis.openai.api-key"))
                .build();
    }
}
