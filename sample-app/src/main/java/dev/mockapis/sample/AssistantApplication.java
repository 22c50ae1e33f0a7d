package dev.mockapis.sample;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * A WhatsApp assistant for a small business: customers write on WhatsApp (through Twilio), a triage agent
 * on OpenAI answers or hands them to a specialist for orders or bookings, and the replies go back through
 * Twilio.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AssistantApplication {

    /** Starts the assistant. */
    public static void main(String[] args) {
        SpringApplication.run(AssistantApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
