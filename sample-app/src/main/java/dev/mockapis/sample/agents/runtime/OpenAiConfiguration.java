package dev.mockapis.sample.agents.runtime;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official OpenAI client, with a timeout on every request. */
@Configuration(proxyBeanMethods = false)
class OpenAiConfiguration {

    @Bean
    OpenAIClient openAiClient(OpenAiProperties properties) {
        return OpenAIOkHttpClient.builder()
                .apiKey(properties.apiKey())
                .baseUrl(properties.baseUrl())
                .timeout(properties.timeout())
                .maxRetries(properties.maxRetries())
                .build();
    }
}
