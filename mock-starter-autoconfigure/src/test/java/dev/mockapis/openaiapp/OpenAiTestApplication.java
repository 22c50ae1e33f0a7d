package dev.mockapis.openaiapp;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import java.time.Duration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** An application on openai-java and Spring AI, configured for production. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class OpenAiTestApplication {

    @Bean
    OpenAIClient openAiClient() {
        return OpenAIOkHttpClient.builder()
                .apiKey("sk-production")
                .responseValidation(true)
                .timeout(Duration.ofSeconds(20))
                .putHeader("X-App", "assistant")
                .build();
    }
}
