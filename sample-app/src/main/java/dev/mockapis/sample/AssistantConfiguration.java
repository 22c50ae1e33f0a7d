package dev.mockapis.sample;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.twilio.http.TwilioRestClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official SDK clients, configured from the application's own properties. */
@Configuration(proxyBeanMethods = false)
class AssistantConfiguration {

    @Bean
    OpenAIClient openAiClient(@Value("${openai.api-key}") String apiKey) {
        return OpenAIOkHttpClient.builder().apiKey(apiKey).build();
    }

    @Bean
    TwilioRestClient twilioRestClient(@Value("${twilio.account-sid}") String accountSid, @Value("${twilio.auth-token}") String authToken) {
        return new TwilioRestClient.Builder(accountSid, authToken).build();
    }
}
