package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.http.TwilioRestClient;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MockApisTwilioAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withPropertyValues("mockapis.enabled=true")
            .withConfiguration(
                    AutoConfigurations.of(MockApisAutoConfiguration.class, MockApisTwilioAutoConfiguration.class));

    @Test
    void anApplicationWithoutAClientGetsOneThatTalksToTheFake() {
        runner.run(context -> {
            TwilioRestClient client = context.getBean(TwilioRestClient.class);
            assertThat(client.getHttpClient()).isInstanceOf(RedirectingTwilioHttpClient.class);
            assertThat(client.getAccountSid())
                    .isEqualTo(context.getEnvironment().getProperty("mockapis.twilio.account-sid"));
            assertThat(context).hasSingleBean(StaticTwilioRestClient.class).hasSingleBean(TwilioWebhookSimulator.class);
        });
    }

    @Test
    void theApplicationsClientBeanIsReplacedByOneThatTalksToTheFake() {
        runner.withUserConfiguration(ProductionClient.class).run(context -> {
            assertThat(context).hasSingleBean(TwilioRestClient.class).hasBean("twilioRestClient");
            TwilioRestClient client = context.getBean(TwilioRestClient.class);
            assertThat(client.getHttpClient()).isInstanceOf(RedirectingTwilioHttpClient.class);
            assertThat(((RedirectingTwilioHttpClient) client.getHttpClient()).baseUrl())
                    .isEqualTo(context.getEnvironment().getProperty("mockapis.twilio.base-url"));
            assertThat(client.getAccountSid()).isNotEqualTo(ProductionClient.ACCOUNT_SID);
        });
    }

    @Test
    void withoutTwilioJavaNoClientIsConfiguredButTheSimulatorStays() {
        runner.withClassLoader(new FilteredClassLoader(TwilioRestClient.class)).run(context -> {
            assertThat(context).doesNotHaveBean(StaticTwilioRestClient.class);
            assertThat(context).doesNotHaveBean("mockApisTwilioRestClient");
            assertThat(context).hasSingleBean(TwilioWebhookSimulator.class);
        });
    }

    @Test
    void withoutMockMvcThereIsNoSimulator() {
        runner.withClassLoader(new FilteredClassLoader("org.springframework.test.web.servlet"))
                .run(context -> assertThat(context)
                        .doesNotHaveBean(TwilioWebhookSimulator.class)
                        .hasSingleBean(TwilioRestClient.class));
    }

    @Test
    void disablingTheTwilioFakeLeavesTheApplicationsClientAlone() {
        runner.withPropertyValues("mockapis.twilio.enabled=false")
                .withUserConfiguration(ProductionClient.class)
                .run(context -> {
                    assertThat(context.getBean(TwilioRestClient.class).getAccountSid())
                            .isEqualTo(ProductionClient.ACCOUNT_SID);
                    assertThat(context)
                            .doesNotHaveBean(StaticTwilioRestClient.class)
                            .doesNotHaveBean(TwilioWebhookSimulator.class);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class ProductionClient {

        static final String ACCOUNT_SID = "AC11111111111111111111111111111111";

        @Bean
        TwilioRestClient twilioRestClient() {
            return new TwilioRestClient.Builder(ACCOUNT_SID, "production-token").build();
        }
    }
}
