package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.ApiScenario;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.Scenario;
import dev.mockapis.greeter.GreeterApplication;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@SpringBootTest(classes = {GreeterApplication.class, UserScenariosIntegrationTests.Scenarios.class})
@MockApis
class UserScenariosIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Autowired
    MockApiServers servers;

    @Test
    @MockApis(scenarios = "greeter=teapot")
    void anApiScenarioBeanIsSelectableByName() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(418);
    }

    @Test
    @MockApis(scenarios = "greeter=tired")
    void aScenarioFileOnTheClasspathIsSelectableByName() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
        assertThat(greeter.greet("Bo").statusCode()).isEqualTo(429);
    }

    @Test
    void aScenarioCanBeActivatedInsideOneTest() {
        servers.server("greeter")
                .useScenario(Scenario.builder("inline")
                        .on(
                                "greetings.list",
                                rule -> rule.respond(FakeResponse.json(200, "{\"data\":[{\"id\":\"gr_9\"}]}")))
                        .build());

        assertThat(greeter.list().body()).contains("gr_9");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Scenarios {

        @Bean
        ApiScenario teapot() {
            return ApiScenario.of(
                    "greeter",
                    Scenario.builder("teapot")
                            .description("Answers 418")
                            .on(
                                    "greetings.create",
                                    rule -> rule.respond(FakeResponse.json(418, "{\"error\":\"teapot\"}")))
                            .build());
        }
    }
}
