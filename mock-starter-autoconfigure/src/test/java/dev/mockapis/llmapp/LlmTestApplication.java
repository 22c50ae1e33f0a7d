package dev.mockapis.llmapp;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** An application with its own Anthropic client, configured for production, and none for Gemini. */
@SpringBootApplication
class LlmTestApplication {

    @Bean
    AnthropicClient anthropic() {
        return AnthropicOkHttpClient.builder()
                .apiKey("sk-ant-production-key")
                .maxRetries(0)
                .build();
    }
}
