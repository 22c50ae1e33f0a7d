package dev.mockapis.autoconfigure;

import com.google.genai.Client;
import com.google.genai.types.HttpOptions;
import com.google.genai.types.HttpRetryOptions;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points google-genai at the Gemini fake. Its {@link Client} cannot be copied with new options, so the
 * application's {@code Client} beans are replaced by clients built for the fake, and one is provided
 * when the application has none. These clients make one attempt per call: google-genai otherwise
 * retries 429 and 5xx answers five times with a backoff of a second and more, ignoring retry headers,
 * which would turn every simulated outage into a long test.
 */
@AutoConfiguration(after = MockApisAutoConfiguration.class)
@ConditionalOnClass(Client.class)
@ConditionalOnMockApi("gemini")
public final class MockApisGeminiAutoConfiguration {

    static final String CLIENT_BEAN_NAME = "mockApisGeminiClient";

    @Bean
    static BeanPostProcessor mockApisGeminiClientRedirector(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof Client && !beanName.equals(CLIENT_BEAN_NAME)) {
                    return clientFor(environment);
                }
                return bean;
            }
        };
    }

    @Bean(name = CLIENT_BEAN_NAME)
    @ConditionalOnMissingBean
    Client mockApisGeminiClient(Environment environment) {
        return clientFor(environment);
    }

    static Client clientFor(Environment environment) {
        return Client.builder()
                .apiKey(environment.getRequiredProperty(GeminiMockApiDefinition.API_KEY))
                .httpOptions(HttpOptions.builder()
                        .baseUrl(environment.getRequiredProperty("mockapis.gemini.base-url"))
                        .retryOptions(HttpRetryOptions.builder().attempts(1).initialDelay(0.0))
                        .build())
                .build();
    }
}
