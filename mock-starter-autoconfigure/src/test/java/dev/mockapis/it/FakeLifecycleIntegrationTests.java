package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.greeter.GreeterApplication;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

@SpringBootTest(classes = GreeterApplication.class)
@MockApis
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeLifecycleIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Autowired
    MockApiServers servers;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Test
    @Order(1)
    void aTestCreatesAGreeting() {
        assertThat(greeter.greet("Ana").body()).contains("\"id\":\"gr_1\"");
        assertThat(verifier.operations("greeter")).containsExactly("greetings.create");
    }

    @Test
    @Order(2)
    void theNextTestSeesNoneOfItsStateNorItsInteractions() {
        assertThat(greeter.list().body()).isEqualTo("{\"data\":[]}");
        assertThat(greeter.greet("Bo").body()).contains("\"id\":\"gr_1\"");
        assertThat(verifier.operations("greeter")).containsExactly("greetings.list", "greetings.create");
    }

    @Test
    void clientsConfiguredByPropertyAreRedirectedBeforeTheyAreCreated() {
        assertThat(greeter.baseUrl())
                .isEqualTo(servers.baseUrl("greeter"))
                .startsWith("http://127.0.0.1:")
                .endsWith("/v1");
        assertThat(environment.getProperty("mockapis.greeter.base-url")).isEqualTo(greeter.baseUrl());
    }

    @Test
    void definitionDefaultsAreInTheEnvironment() {
        assertThat(environment.getProperty("mockapis.greeter.salutation")).isEqualTo("Hello");
        assertThat(greeter.greet("Ana").body()).contains("Hello Ana");
    }

    @Test
    void fakesKeepServingWhenTheContextIsPausedAndRestarted() {
        int port = servers.server("greeter").port();

        context.pause();
        context.restart();

        assertThat(servers.server("greeter").port()).isEqualTo(port);
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
    }

    @Nested
    class NestedClasses {

        @Test
        void inheritTheEnclosingClassesFakes() {
            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
        }
    }

    @Nested
    @MockApis(scenarios = "greeter=grumpy")
    class NestedClassesWithTheirOwnAnnotation {

        @Test
        void selectTheirOwnScenarios() {
            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
        }
    }
}
