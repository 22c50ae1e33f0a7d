package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.azure.ai.openai.OpenAIClient;
import com.azure.ai.openai.OpenAIClientBuilder;
import com.azure.ai.openai.models.ChatCompletionsOptions;
import com.azure.ai.openai.models.ChatRequestUserMessage;
import com.azure.core.credential.AzureKeyCredential;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.policy.FixedDelayOptions;
import com.azure.core.http.policy.RetryOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Mono;

class MockApisAzureOpenAiAutoConfigurationTests {

    // Azure's SDK logs the recorded call's refusal as an error of its own
    private static final String AZURE_LOGS = "com.azure";

    private static LogLevel azureLogLevel;

    @BeforeAll
    static void quietAzureLogs() {
        LoggingSystem logging = LoggingSystem.get(MockApisAzureOpenAiAutoConfigurationTests.class.getClassLoader());
        LoggerConfiguration before = logging.getLoggerConfiguration(AZURE_LOGS);
        azureLogLevel = before == null ? null : before.getConfiguredLevel();
        logging.setLogLevel(AZURE_LOGS, LogLevel.OFF);
    }

    @AfterAll
    static void restoreAzureLogs() {
        LoggingSystem.get(MockApisAzureOpenAiAutoConfigurationTests.class.getClassLoader())
                .setLogLevel(AZURE_LOGS, azureLogLevel);
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withPropertyValues("mockapis.enabled=true")
            .withConfiguration(
                    AutoConfigurations.of(MockApisAutoConfiguration.class, MockApisAzureOpenAiAutoConfiguration.class));

    @Test
    void anAzureClientBuilderCallsTheFakesDeploymentPathWithTheKeyInAnApiKeyHeader() {
        runner.withUserConfiguration(ProductionBuilder.class).run(context -> {
            OpenAIClient client = context.getBean(OpenAIClientBuilder.class).buildClient();

            assertThatThrownBy(() -> client.getChatCompletions(
                            "roses-gpt-4o", new ChatCompletionsOptions(List.of(new ChatRequestUserMessage("Hi")))))
                    .hasMessageContaining("sent");
            HttpRequest sent = ProductionBuilder.SENT.get();
            String root = context.getEnvironment().getProperty("mockapis.openai.root-url");
            assertThat(sent.getUrl().toString())
                    .startsWith(root + "/openai/deployments/roses-gpt-4o/chat/completions?api-version=");
            assertThat(sent.getHeaders().getValue(HttpHeaderName.fromString("api-key")))
                    .isEqualTo(context.getEnvironment().getProperty("mockapis.openai.api-key"));
            assertThat(sent.getHeaders().getValue(HttpHeaderName.AUTHORIZATION)).isNull();
        });
    }

    @Test
    void withoutAzuresSdkNothingIsRedirected() {
        runner.withClassLoader(new FilteredClassLoader(OpenAIClientBuilder.class))
                .run(context -> assertThat(context).doesNotHaveBean(AzureOpenAiClientBuilderRedirector.class));
    }

    @Test
    void disablingTheOpenAiFakeLeavesTheBuilderAlone() {
        runner.withPropertyValues("mockapis.openai.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(AzureOpenAiClientBuilderRedirector.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class ProductionBuilder {

        static final AtomicReference<HttpRequest> SENT = new AtomicReference<>();

        @Bean
        OpenAIClientBuilder openAiClientBuilder() {
            return new OpenAIClientBuilder()
                    .endpoint("https://roses-bakery.openai.azure.com")
                    .credential(new AzureKeyCredential("azure-production-key"))
                    .retryOptions(new RetryOptions(new FixedDelayOptions(0, Duration.ofMillis(1))))
                    // records what would go over the wire instead of sending it
                    .httpClient(request -> {
                        SENT.set(request);
                        return Mono.error(new IllegalStateException("sent"));
                    });
        }
    }
}
