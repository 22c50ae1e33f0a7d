package dev.mockapis.sample.crash;

import com.twilio.http.TwilioRestClient;
import dev.mockapis.sample.delivery.TwilioProperties;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

/**
 * For the crash test's forked application: Twilio is a fake that runs in the test's own JVM, so that it
 * outlives every {@code kill -9} of the application and its message list can be counted afterwards.
 * Only the {@code crashtest} profile has it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("crashtest")
class ExternalTwilioConfiguration {

    @Bean
    @Primary
    TwilioRestClient externalTwilioFake(
            TwilioProperties twilio, @Value("${crashtest.twilio-base-url}") String baseUrl) {
        return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken())
                .httpClient(new RedirectingTwilioHttpClient(baseUrl))
                .build();
    }
}
