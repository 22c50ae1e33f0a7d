package dev.mockapis.consumer.springai;

import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring AI application on OpenAI and Anthropic, configured by properties, and on DeepSeek through
 * Spring AI's OpenAI module (Spring AI 2.0 has no DeepSeek module of its own on Maven Central).
 */
@SpringBootApplication
class SpringAiApplication {

    @Bean
    ChatModel deepSeekChatModel(
            @Value("${spring.ai.deepseek.base-url:https://api.deepseek.com}") String baseUrl,
            @Value("${spring.ai.deepseek.api-key}") String apiKey) {
        return OpenAiChatModel.builder()
                .options(OpenAiChatOptions.builder()
                        .baseUrl(baseUrl)
                        .apiKey(apiKey)
                        .model("deepseek-v4-flash")
                        .build())
                .build();
    }
}
