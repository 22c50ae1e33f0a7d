package dev.mockapis.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A WhatsApp assistant for a small business, on OpenAI and Twilio. */
@SpringBootApplication
public class AssistantApplication {

    /** Starts the assistant. */
    public static void main(String[] args) {
        SpringApplication.run(AssistantApplication.class, args);
    }
}
