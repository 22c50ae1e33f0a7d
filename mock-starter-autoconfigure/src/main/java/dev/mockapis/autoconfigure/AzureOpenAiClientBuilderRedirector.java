package dev.mockapis.autoconfigure;

import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.core.credential.KeyCredential;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.policy.AddHeadersPolicy;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

/**
 * Points each {@link OpenAIClientBuilder} bean of Azure's OpenAI SDK (the one Spring AI 1.1's Azure OpenAI module
 * builds, or the application's own) at the OpenAI fake's Azure paths: the fake's root as the resource endpoint and
 * the fake's key in Azure's {@code api-key} header. Azure's SDK refuses to send a key credential, or an Entra ID
 * token, over plain HTTP, so the key goes in as a header of its own instead of as a credential.
 */
final class AzureOpenAiClientBuilderRedirector implements BeanPostProcessor {

    private static final HttpHeaderName API_KEY = HttpHeaderName.fromString("api-key");

    private final Environment environment;

    AzureOpenAiClientBuilderRedirector(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof OpenAIClientBuilder builder) {
            String key = environment.getRequiredProperty(OpenAiMockApiDefinition.API_KEY);
            builder.endpoint(environment.getRequiredProperty("mockapis.openai.root-url"))
                    .credential((KeyCredential) null)
                    .credential((TokenCredential) null)
                    .addPolicy(new AddHeadersPolicy(new HttpHeaders().set(API_KEY, key)));
        }
        return bean;
    }
}
