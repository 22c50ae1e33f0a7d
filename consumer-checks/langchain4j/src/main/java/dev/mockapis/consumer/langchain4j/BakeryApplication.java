package dev.mockapis.consumer.langchain4j;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiStreamingChatModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A bakery's assistant on LangChain4j: OpenAI models from LangChain4j's Spring Boot starter, and
 * Anthropic and Gemini models it builds itself from its own {@code assistant.*} properties.
 */
@SpringBootApplication
public class BakeryApplication {

    public static void main(String[] args) {
        SpringApplication.run(BakeryApplication.class, args);
    }

    @Bean
    AnthropicChatModel anthropicChatModel(
            @Value("${assistant.anthropic.base-url}") String baseUrl,
            @Value("${assistant.anthropic.api-key}") String apiKey,
            @Value("${assistant.anthropic.model}") String model) {
        return AnthropicChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(model)
                .build();
    }

    @Bean
    AnthropicStreamingChatModel anthropicStreamingChatModel(
            @Value("${assistant.anthropic.base-url}") String baseUrl,
            @Value("${assistant.anthropic.api-key}") String apiKey,
            @Value("${assistant.anthropic.model}") String model) {
        return AnthropicStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(model)
                .build();
    }

    @Bean
    GoogleAiGeminiChatModel geminiChatModel(
            @Value("${assistant.gemini.base-url}") String baseUrl,
            @Value("${assistant.gemini.api-key}") String apiKey,
            @Value("${assistant.gemini.model}") String model) {
        return GoogleAiGeminiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(model)
                .build();
    }

    @Bean
    GoogleAiGeminiStreamingChatModel geminiStreamingChatModel(
            @Value("${assistant.gemini.base-url}") String baseUrl,
            @Value("${assistant.gemini.api-key}") String apiKey,
            @Value("${assistant.gemini.model}") String model) {
        return GoogleAiGeminiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(apiKey)
                .modelName(model)
                .build();
    }
}
