package dev.mockapis.azureapp;

import com.openai.azure.AzureOpenAIServiceVersion;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.credential.BearerTokenCredential;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * An application on Azure OpenAI, building its openai-java clients as Azure's documentation shows: a resource's
 * endpoint with an Azure key and a service version (deployment paths), the same resource's v1 endpoint, and one
 * authenticated by Microsoft Entra ID tokens.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class AzureOpenAiTestApplication {

    static final String RESOURCE = "https://roses-assistant.openai.azure.com";

    @Bean
    OpenAIClient deploymentsClient() {
        return OpenAIOkHttpClient.builder()
                .baseUrl(RESOURCE)
                .credential(AzureApiKeyCredential.create("azure-production-key"))
                .azureServiceVersion(AzureOpenAIServiceVersion.fromString("2024-10-21"))
                .responseValidation(true)
                .maxRetries(0)
                .build();
    }

    @Bean
    OpenAIClient v1Client() {
        return OpenAIOkHttpClient.builder()
                .baseUrl(RESOURCE + "/openai/v1/")
                .credential(AzureApiKeyCredential.create("azure-production-key"))
                .responseValidation(true)
                .maxRetries(0)
                .build();
    }

    @Bean
    OpenAIClient entraClient() {
        return OpenAIOkHttpClient.builder()
                .baseUrl(RESOURCE)
                .credential(BearerTokenCredential.create(() -> "entra-id-token"))
                .responseValidation(true)
                .maxRetries(0)
                .build();
    }
}
