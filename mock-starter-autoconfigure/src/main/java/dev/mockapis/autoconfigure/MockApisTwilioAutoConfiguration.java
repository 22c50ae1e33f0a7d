package dev.mockapis.autoconfigure;

import com.twilio.http.TwilioRestClient;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points twilio-java at the Twilio fake. twilio-java hard-codes {@code https://api.twilio.com}, so its
 * requests are redirected by a {@link RedirectingTwilioHttpClient}: the application's
 * {@link TwilioRestClient} beans are replaced by clients built with it and the fake's credentials, an
 * application without one gets a client of its own, and the static {@code Twilio} rest client is set
 * before each test. Active only with twilio-java on the classpath and the fake enabled.
 */
@AutoConfiguration(after = MockApisAutoConfiguration.class)
@ConditionalOnClass(TwilioRestClient.class)
@ConditionalOnMockApi("twilio")
public final class MockApisTwilioAutoConfiguration {

    static final String CLIENT_BEAN_NAME = "mockApisTwilioRestClient";

    @Bean
    static TwilioRestClientRedirector mockApisTwilioRestClientRedirector(Environment environment) {
        return new TwilioRestClientRedirector(new TwilioClients(environment), CLIENT_BEAN_NAME);
    }

    @Bean(name = CLIENT_BEAN_NAME)
    @ConditionalOnMissingBean
    TwilioRestClient mockApisTwilioRestClient(Environment environment) {
        return new TwilioClients(environment).create();
    }

    @Bean
    StaticTwilioRestClient mockApisStaticTwilioRestClient(Environment environment) {
        StaticTwilioRestClient client = new StaticTwilioRestClient(new TwilioClients(environment).create());
        // at once too, for application code that sends through the static API while the context starts
        client.install();
        return client;
    }
}
