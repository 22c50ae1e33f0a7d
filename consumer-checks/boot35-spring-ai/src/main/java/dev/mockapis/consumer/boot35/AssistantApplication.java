package dev.mockapis.consumer.boot35;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A WhatsApp assistant as a Spring Boot 3.5 team writes it: Spring AI 1.1's ChatClient with a tool
 * answers customers, twilio-java sends the replies, and openai-java summarises conversations.
 */
@SpringBootApplication
public class AssistantApplication {

    public static void main(String[] args) {
        SpringApplication.run(AssistantApplication.class, args);
    }

    @Bean
    ChatClient chatClient(ChatClient.Builder builder, OrderTools orderTools) {
        return builder.defaultSystem("You are the assistant of a small bakery. Be brief.")
                .defaultTools(orderTools)
                .build();
    }

    @Bean
    TwilioRestClient twilioRestClient(
            @Value("${twilio.account-sid}") String accountSid, @Value("${twilio.auth-token}") String authToken) {
        return new TwilioRestClient.Builder(accountSid, authToken).build();
    }

    @Bean
    OpenAIClient openAiClient(@Value("${spring.ai.openai.api-key}") String apiKey) {
        return OpenAIOkHttpClient.builder().apiKey(apiKey).build();
    }
}
