package dev.mockapis.autoconfigure;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points anthropic-java at the Anthropic fake: the application's {@link AnthropicClient} beans are
 * replaced by copies with the fake's base URL, keeping every other option (their credentials too,
 * which the SDK does not let a copy change; the fake accepts any key and the log redacts it), and an
 * application without one gets a client. Active only with anthropic-java present and the fake enabled.
 */
@AutoConfiguration(after = MockApisAutoConfiguration.class)
@ConditionalOnClass({AnthropicClient.class, AnthropicOkHttpClient.class})
@ConditionalOnMockApi("anthropic")
public final class MockApisAnthropicAutoConfiguration {

    static final String CLIENT_BEAN_NAME = "mockApisAnthropicClient";

    @Bean
    static BeanPostProcessor mockApisAnthropicClientRedirector(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AnthropicClient client && !beanName.equals(CLIENT_BEAN_NAME)) {
                    String baseUrl = environment.getRequiredProperty("mockapis.anthropic.base-url");
                    return client.withOptions(options -> options.baseUrl(baseUrl));
                }
                return bean;
            }
        };
    }

    @Bean(name = CLIENT_BEAN_NAME)
    @ConditionalOnMissingBean
    AnthropicClient mockApisAnthropicClient(Environment environment) {
        return AnthropicOkHttpClient.builder()
                .baseUrl(environment.getRequiredProperty("mockapis.anthropic.base-url"))
                .apiKey(environment.getRequiredProperty(AnthropicMockApiDefinition.API_KEY))
                .build();
    }
}
