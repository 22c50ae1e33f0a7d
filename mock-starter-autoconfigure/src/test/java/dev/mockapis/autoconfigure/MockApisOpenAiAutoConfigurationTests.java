package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MockApisOpenAiAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withPropertyValues("mockapis.enabled=true")
            .withConfiguration(
                    AutoConfigurations.of(MockApisAutoConfiguration.class, MockApisOpenAiAutoConfiguration.class));

    @Test
    void anApplicationWithoutAClientGetsOneThatTalksToTheFake() {
        runner.run(
                context -> assertThat(context).hasSingleBean(OpenAIClient.class).hasBean("mockApisOpenAiClient"));
    }

    @Test
    void theApplicationsClientIsReplacedByACopyPointedAtTheFake() {
        runner.withUserConfiguration(ProductionClient.class).run(context -> {
            assertThat(context).hasSingleBean(OpenAIClient.class).hasBean("openAiClient");
            assertThat(context.getBean(OpenAIClient.class)).isNotSameAs(ProductionClient.CLIENT);
        });
    }

    @Test
    void withoutOpenAiJavaNoClientIsConfigured() {
        runner.withClassLoader(new FilteredClassLoader(OpenAIClient.class))
                .run(context -> assertThat(context)
                        .doesNotHaveBean("mockApisOpenAiClient")
                        .doesNotHaveBean(OpenAiClientRedirector.class));
    }

    @Test
    void disablingTheOpenAiFakeLeavesTheApplicationsClientAlone() {
        runner.withPropertyValues("mockapis.openai.enabled=false")
                .withUserConfiguration(ProductionClient.class)
                .run(context -> {
                    assertThat(context.getBean(OpenAIClient.class)).isSameAs(ProductionClient.CLIENT);
                    assertThat(context.getEnvironment().getProperty("spring.ai.openai.base-url"))
                            .isNull();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class ProductionClient {

        static final OpenAIClient CLIENT =
                OpenAIOkHttpClient.builder().apiKey("sk-production").build();

        @Bean
        OpenAIClient openAiClient() {
            return CLIENT;
        }
    }
}
