package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.ApiScenario;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class MockApisAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withConfiguration(AutoConfigurations.of(MockApisAutoConfiguration.class));

    @Test
    void withoutMockApisEnabledNoBeanIsAddedAndNoFakeStarts() {
        runner.run(context -> {
            assertThat(context).doesNotHaveBean(MockInteractionVerifier.class);
            assertThat(context.getEnvironment().getProperty("mockapis.greeter.base-url"))
                    .isNull();
            assertThat(context.getEnvironment().getProperty("greeter.client.url"))
                    .isNull();
            assertThat(context.getBean(MockApiServers.class).running()).isEmpty();
        });
    }

    @Test
    void enabledFalseWinsOverEverything() {
        runner.withPropertyValues("mockapis.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(MockInteractionVerifier.class);
            assertThat(context.getBean(MockApiServers.class).apis()).isEmpty();
        });
    }

    @Test
    void enabledProvidesTheVerifierAndTheUrlsStartingTheFakeOnFirstRead() {
        runner.withPropertyValues("mockapis.enabled=true").run(context -> {
            MockApiServers servers = context.getBean(MockApiServers.class);
            assertThat(context).hasSingleBean(MockInteractionVerifier.class);
            assertThat(servers.running())
                    .extracting(server -> server.api().name())
                    .doesNotContain("greeter");

            String url = context.getEnvironment().getProperty("mockapis.greeter.base-url");

            assertThat(url).isEqualTo(servers.server("greeter").baseUrl() + "/v1");
            assertThat(context.getEnvironment().getProperty("greeter.client.url"))
                    .isEqualTo(url);
            assertThat(servers.running())
                    .extracting(server -> server.api().name())
                    .contains("greeter");
        });
    }

    @Test
    void oneApiCanBeSwitchedOff() {
        runner.withPropertyValues("mockapis.enabled=true", "mockapis.greeter.enabled=false")
                .run(context -> {
                    MockApiServers servers = context.getBean(MockApiServers.class);
                    assertThat(servers.apis()).doesNotContain("greeter");
                    assertThat(context.getEnvironment().getProperty("mockapis.greeter.base-url"))
                            .isNull();
                    assertThat(context.getEnvironment().getProperty("greeter.client.url"))
                            .isNull();
                    assertThatThrownBy(() -> servers.server("greeter"))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessage(
                                    "The greeter fake is disabled (mockapis.enabled=true, mockapis.greeter.enabled=false)");
                });
    }

    @Test
    void applicationPropertiesOverrideTheDefaultsButNotTheRedirects() {
        runner.withPropertyValues(
                        "mockapis.enabled=true",
                        "mockapis.greeter.salutation=Hi",
                        "greeter.client.url=https://greeter.example")
                .run(context -> {
                    assertThat(context.getEnvironment().getProperty("mockapis.greeter.salutation"))
                            .isEqualTo("Hi");
                    assertThat(context.getEnvironment().getProperty("greeter.client.url"))
                            .isEqualTo(context.getEnvironment().getProperty("mockapis.greeter.base-url"));
                });
    }

    @Test
    void aVerifierOfTheApplicationsOwnReplacesTheStartersOne() {
        runner.withPropertyValues("mockapis.enabled=true")
                .withUserConfiguration(OwnVerifier.class)
                .run(context -> {
                    assertThat(context).hasSingleBean(MockInteractionVerifier.class);
                    assertThat(context).hasBean("ownVerifier");
                });
    }

    @Test
    void fakesStopWhenTheContextCloses() {
        AtomicReference<FakeServer> server = new AtomicReference<>();
        runner.withPropertyValues("mockapis.enabled=true")
                .run(context -> server.set(context.getBean(MockApiServers.class).server("greeter")));

        assertThatThrownBy(() -> connect(server.get().port())).isInstanceOf(ConnectException.class);
    }

    @Test
    void apiScenarioBeansBecomeSelectableByName() {
        runner.withPropertyValues("mockapis.enabled=true")
                .withUserConfiguration(UserScenario.class)
                .run(context -> {
                    FakeServer greeter = context.getBean(MockApiServers.class).server("greeter");
                    greeter.useScenario("silent");
                    assertThat(greeter.activeScenario().description()).isEqualTo("Says nothing");
                });
    }

    @Test
    void plainScenarioBeansFailTheContextNamingTheFix() {
        runner.withPropertyValues("mockapis.enabled=true")
                .withUserConfiguration(PlainScenario.class)
                .run(
                        context -> assertThat(context)
                                .getFailure()
                                .hasMessage(
                                        "Scenario bean 'silent' does not say which api it scripts; "
                                                + "declare it as ApiScenario.of(\"<api>\", scenario) with one of: greeter, openai, twilio, anthropic, gemini, deepseek"));
    }

    @Test
    void apiScenarioBeansForAnUnknownApiFailTheContext() {
        runner.withPropertyValues("mockapis.enabled=true")
                .withUserConfiguration(ScenarioForUnknownApi.class)
                .run(
                        context -> assertThat(context)
                                .getFailure()
                                .hasMessage(
                                        "ApiScenario bean 'silent' is for api 'weather', which does not exist; known: greeter, openai, twilio, anthropic, gemini, deepseek"));
    }

    @Test
    void twilioDefaultsInThePropertiesMatchTheOnesTheFakeUses() {
        MockApisProperties.Twilio defaults = new MockApisProperties().getTwilio();
        assertThat(defaults.getAccountSid()).matches("AC[0-9a-f]{32}");
        assertThat(defaults.getAuthToken()).matches("[0-9a-f]{32}");
    }

    private static void connect(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.getOutputStream().write(1);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnVerifier {
        @Bean
        MockInteractionVerifier ownVerifier(MockApiServers servers) {
            return new MockInteractionVerifier(servers);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UserScenario {
        @Bean
        ApiScenario silent() {
            return ApiScenario.of("greeter", Scenario.unscripted("silent", "Says nothing"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PlainScenario {
        @Bean
        Scenario silent() {
            return Scenario.unscripted("silent", "Says nothing");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ScenarioForUnknownApi {
        @Bean
        ApiScenario silent() {
            return ApiScenario.of("weather", Scenario.unscripted("silent", "Says nothing"));
        }
    }
}
