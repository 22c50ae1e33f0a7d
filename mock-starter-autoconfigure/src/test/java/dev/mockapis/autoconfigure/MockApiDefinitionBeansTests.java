package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.MockApiServers;
import dev.mockapis.core.CustomApi;
import dev.mockapis.core.FakeResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MockApiDefinitionBeansTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withConfiguration(AutoConfigurations.of(MockApisAutoConfiguration.class))
            .withPropertyValues("mockapis.enabled=true");

    @Test
    void aDefinitionBeanIsAnApiWhoseUrlTheApplicationsBeansReceive() {
        runner.withUserConfiguration(EchoApi.class, EchoClient.class).run(context -> {
            MockApiServers servers = context.getBean(MockApiServers.class);

            assertThat(servers.apis()).contains("echo");
            assertThat(context.getBean("echoUrl", String.class))
                    .isEqualTo(servers.baseUrl("echo"))
                    .isEqualTo(servers.server("echo").baseUrl() + "/v2")
                    .isEqualTo(context.getEnvironment().getProperty("mockapis.echo.base-url"));
            assertThat(context.getEnvironment().getProperty("echo.token")).isEqualTo("test-token");
        });
    }

    @Test
    void aDefinitionBeanIsLeftAloneWhileItsApiIsSwitchedOff() {
        runner.withPropertyValues("mockapis.echo.enabled=false", "echo.url=https://echo.example")
                .withUserConfiguration(EchoApi.class, EchoClient.class)
                .run(context -> {
                    assertThat(context.getBean(MockApiServers.class).apis()).doesNotContain("echo");
                    assertThat(context.getBean("echoUrl", String.class)).isEqualTo("https://echo.example");
                });
    }

    @Test
    void aDefinitionBeanNamedLikeAnotherApiFailsTheContextNamingBoth() {
        runner.withUserConfiguration(SecondGreeter.class)
                .run(context -> assertThat(context)
                        .getFailure()
                        .hasMessage(
                                "Two MockApiDefinitions are named 'greeter': dev.mockapis.greeter.GreeterApiDefinition "
                                        + "(META-INF/spring.factories) and bean 'secondGreeter'"));
    }

    @Test
    void aFakeNamedUnlikeItsDefinitionFailsWhenItStarts() {
        runner.withUserConfiguration(Misnamed.class)
                .run(
                        context -> assertThatThrownBy(() ->
                                        context.getBean(MockApiServers.class).server("weather"))
                                .isInstanceOf(IllegalStateException.class)
                                .hasMessage(
                                        "The MockApiDefinition 'weather' (bean 'misnamed') created a fake named 'forecast'; give both the same name"));
    }

    @Test
    void apiNamesAreCheckedWhereTheyAreWritten() {
        assertThatThrownBy(() -> MockApiDefinition.builder("Weather API"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An api name is lower-case letters, digits and dashes, was 'Weather API'");
    }

    private static CustomApi echo(String name) {
        return CustomApi.named(name)
                .route("GET", "/v2/echo", "echo.get", call -> FakeResponse.json(200, "{}"))
                .build();
    }

    @Configuration(proxyBeanMethods = false)
    static class EchoApi {
        @Bean
        static MockApiDefinition echoApi() {
            return MockApiDefinition.builder("echo")
                    .basePath("/v2")
                    .redirect("echo.url")
                    .defaultProperty("echo.token", "test-token")
                    .build(properties -> echo("echo"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class EchoClient {
        @Bean
        String echoUrl(@Value("${echo.url}") String url) {
            return url;
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SecondGreeter {
        @Bean
        static MockApiDefinition secondGreeter() {
            return MockApiDefinition.of("greeter", properties -> echo("greeter"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Misnamed {
        @Bean
        static MockApiDefinition misnamed() {
            return MockApiDefinition.of("weather", properties -> echo("forecast"));
        }
    }
}
