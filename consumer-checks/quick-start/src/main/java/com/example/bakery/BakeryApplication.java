package com.example.bakery;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The application a reader of the quick start has: a WhatsApp webhook answered with OpenAI, sent through Twilio. */
@SpringBootApplication
public class BakeryApplication {

    public static void main(String[] args) {
        SpringApplication.run(BakeryApplication.class, args);
    }

    @Bean
    OpenAIClient openAiClient(@Value("${openai.api-key:}") String apiKey) {
        return OpenAIOkHttpClient.builder().apiKey(apiKey).build();
    }

    @Bean
    TwilioRestClient twilioRestClient(
            @Value("${twilio.account-sid}") String accountSid, @Value("${twilio.auth-token}") String authToken) {
        return new TwilioRestClient.Builder(accountSid, authToken).build();
    }
}
