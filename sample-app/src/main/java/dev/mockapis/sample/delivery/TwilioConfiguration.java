package dev.mockapis.sample.delivery;

import com.twilio.http.TwilioRestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official Twilio client for the business's account. */
@Configuration(proxyBeanMethods = false)
class TwilioConfiguration {

    @Bean
    TwilioRestClient twilioRestClient(TwilioProperties twilio) {
        return new TwilioRestClient.Builder(twilio.accountSid(), twilio.authToken()).build();
    }
}
