package dev.mockapis.autoconfigure;

import com.openai.client.OpenAIClient;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Replaces each {@link OpenAIClient} bean of the application by a copy that talks to the OpenAI fake.
 * {@code withOptions} keeps the application's other settings (timeouts, retries, headers, validation).
 */
final class OpenAiClientRedirector implements BeanPostProcessor {

    private final Environment environment;
    private final String ownClientBeanName;

    OpenAiClientRedirector(Environment environment, String ownClientBeanName) {
        this.environment = environment;
        this.ownClientBeanName = ownClientBeanName;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof OpenAIClient client && !beanName.equals(ownClientBeanName)) {
            String baseUrl = environment.getRequiredProperty("mockapis.openai.base-url");
            String apiKey = environment.getRequiredProperty("mockapis.openai.api-key");
            return client.withOptions(options -> options.baseUrl(baseUrl).apiKey(apiKey));
        }
        return bean;
    }
}
