package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * LangChain4j's Spring Boot starters read {@code langchain4j.<provider>.<model>.base-url} and create a
 * model only where its {@code api-key} is set: the base URLs follow the fakes, and a key is replaced only
 * where the application sets one, so no model appears that the application did not configure.
 */
class LangChain4jRedirectTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withPropertyValues("mockapis.enabled=true")
            .withConfiguration(AutoConfigurations.of(MockApisAutoConfiguration.class));

    @Test
    void baseUrlsFollowTheFakesWithEachProvidersPath() {
        runner.withPropertyValues("langchain4j.open-ai.chat-model.base-url=https://api.openai.com/v1")
                .run(context -> {
                    var environment = context.getEnvironment();
                    assertThat(environment.getProperty("langchain4j.open-ai.chat-model.base-url"))
                            .isEqualTo(environment.getProperty("mockapis.openai.base-url"))
                            .endsWith("/v1");
                    assertThat(environment.getProperty("langchain4j.open-ai.embedding-model.base-url"))
                            .isEqualTo(environment.getProperty("mockapis.openai.base-url"));
                    assertThat(environment.getProperty("langchain4j.anthropic.streaming-chat-model.base-url"))
                            .isEqualTo(environment.getProperty("mockapis.anthropic.base-url") + "/v1");
                    assertThat(environment.getProperty("langchain4j.google-ai-gemini.chat-model.base-url"))
                            .isEqualTo(environment.getProperty("mockapis.gemini.base-url") + "/v1beta");
                });
    }

    @Test
    void aKeyTheApplicationSetsIsReplacedEvenWhenItsPlaceholderCannotResolve() {
        runner.withPropertyValues(
                        "langchain4j.open-ai.chat-model.api-key=${OPENAI_API_KEY_THAT_NO_TEST_HAS}",
                        "langchain4j.anthropic.chatModel.apiKey=sk-ant-production")
                .run(context -> {
                    var environment = context.getEnvironment();
                    assertThat(environment.getProperty("langchain4j.open-ai.chat-model.api-key"))
                            .isEqualTo("sk-mockapis-test");
                    assertThat(environment.getProperty("langchain4j.anthropic.chat-model.api-key"))
                            .isEqualTo("sk-ant-mockapis-test");
                });
    }

    @Test
    void aKeyTheApplicationDoesNotSetStaysUnsetSoNoModelIsAdded() {
        runner.withPropertyValues("langchain4j.open-ai.chat-model.api-key=sk-production")
                .run(context -> {
                    var environment = context.getEnvironment();
                    assertThat(environment.containsProperty("langchain4j.open-ai.embedding-model.api-key"))
                            .isFalse();
                    assertThat(environment.getProperty("langchain4j.google-ai-gemini.chat-model.api-key"))
                            .isNull();
                });
    }

    @Test
    void aDisabledFakeLeavesTheApplicationsSettingsAlone() {
        runner.withPropertyValues(
                        "mockapis.openai.enabled=false",
                        "langchain4j.open-ai.chat-model.base-url=https://api.openai.com/v1",
                        "langchain4j.open-ai.chat-model.api-key=sk-production")
                .run(context -> {
                    var environment = context.getEnvironment();
                    assertThat(environment.getProperty("langchain4j.open-ai.chat-model.base-url"))
                            .isEqualTo("https://api.openai.com/v1");
                    assertThat(environment.getProperty("langchain4j.open-ai.chat-model.api-key"))
                            .isEqualTo("sk-production");
                });
    }
}
