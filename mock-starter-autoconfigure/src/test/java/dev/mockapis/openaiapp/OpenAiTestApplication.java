package dev.mockapis.openaiapp;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
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

    @Bean
    GuardedAssistant guardedAssistant(OpenAIClient openAi) {
        // small numbers so that a test goes through every state in well under a second
        CircuitBreaker breaker = CircuitBreaker.of(
                "openai",
                CircuitBreakerConfig.custom()
                        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                        .slidingWindowSize(4)
                        .minimumNumberOfCalls(4)
                        .failureRateThreshold(50)
                        .waitDurationInOpenState(Duration.ofMillis(200))
                        .permittedNumberOfCallsInHalfOpenState(2)
                        .automaticTransitionFromOpenToHalfOpenEnabled(true)
                        .build());
        return new GuardedAssistant(openAi, breaker);
    }
}
