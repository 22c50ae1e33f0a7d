package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the MockApis fakes: active when {@code mockapis.enabled} is {@code true}, which
 * {@code @MockApis} sets for its test contexts. The fakes themselves are registered by
 * {@link MockApisContextInitializer}, before the Environment is read; this adds the beans tests use.
 */
@AutoConfiguration
@ConditionalOnBooleanProperty("mockapis.enabled")
@EnableConfigurationProperties(MockApisProperties.class)
public final class MockApisAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MockInteractionVerifier mockInteractionVerifier(MockApiServers servers) {
        return new MockInteractionVerifier(servers);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnClass(name = "org.springframework.test.web.servlet.MockMvc")
    @ConditionalOnMockApi("twilio")
    TwilioWebhookSimulator twilioWebhookSimulator(MockApisProperties properties, MockApiServers servers) {
        MockApisProperties.Twilio twilio = properties.getTwilio();
        return new TwilioWebhookSimulator(
                twilio.getAccountSid(), twilio.getAuthToken(), twilio.getWebhookBaseUrl(), servers);
    }

    @Bean
    static MockApiDefinitionBeans mockApisDefinitionBeans() {
        return new MockApiDefinitionBeans();
    }

    @Bean
    ApiScenarioRegistrar mockApisScenarioRegistrar(ListableBeanFactory beanFactory, ContextMockApiServers servers) {
        return new ApiScenarioRegistrar(beanFactory, servers);
    }

    /** The hint for webhooks the application rejects although they are signed for the Twilio fake. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "jakarta.servlet.Filter")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnMockApi("twilio")
    static final class WebhookHintConfiguration {

        @Bean
        RejectedWebhookHint mockApisRejectedWebhookHint(MockApisProperties properties) {
            return new RejectedWebhookHint(properties.getTwilio().getAuthToken());
        }
    }
}
