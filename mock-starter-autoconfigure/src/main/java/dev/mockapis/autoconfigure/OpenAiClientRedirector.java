package dev.mockapis.autoconfigure;

import com.openai.client.OpenAIClient;
import com.openai.core.ClientOptions;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Replaces each {@link OpenAIClient} bean of the application by a copy that talks to the OpenAI fake.
 * {@code withOptions} keeps the application's other settings (timeouts, retries, headers, validation). A client
 * built for Azure OpenAI stays one (see {@link AzureClientShape}), so that the application's Azure paths,
 * {@code api-version} and key header are what the fake sees.
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
            String apiKey = environment.getRequiredProperty("mockapis.openai.api-key");
            return client.withOptions(options -> {
                // the builder has no getters: what the application configured is read from the options it builds
                ClientOptions current = options.build();
                AzureClientShape azure = AzureClientShape.of(current.baseUrl(), current.azureUrlPathMode());
                if (azure == AzureClientShape.NONE) {
                    options.baseUrl(environment.getRequiredProperty("mockapis.openai.base-url"))
                            .apiKey(apiKey);
                } else {
                    azure.pointAt(
                            options, environment.getRequiredProperty("mockapis.openai.root-url"), apiKey, current);
                }
            });
        }
        return bean;
    }
}
