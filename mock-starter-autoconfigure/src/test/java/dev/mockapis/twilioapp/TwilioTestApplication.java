package dev.mockapis.twilioapp;

import com.twilio.http.TwilioRestClient;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** An application on twilio-java: a client bean with its production credentials and a webhook controller. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({WebhookController.class, StatusLog.class})
public class TwilioTestApplication {

    @Bean
    TwilioRestClient twilioRestClient() {
        return new TwilioRestClient.Builder("AC11111111111111111111111111111111", "production-token").build();
    }
}
