package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.ApiScenario;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioActivation;
import dev.mockapis.greeter.GreeterApplication;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = GreeterApplication.class)
@MockApis
class ProgrammaticScenariosIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Autowired
    MockApiServers servers;

    @Test
    void aNamedScenarioIsActiveUntilItsActivationCloses() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);

        try (ScenarioActivation outage = servers.activate("greeter", "grumpy")) {
            assertThat(greeter.greet("Bo").statusCode()).isEqualTo(503);
            assertThat(greeter.greet("Cy").statusCode()).isEqualTo(503);
        }

        assertThat(greeter.greet("Di").statusCode()).isEqualTo(201);
    }

    @Test
    void aScenarioWrittenInTheTestIsActivatedTheSameWay() {
        Scenario teapot = Scenario.builder("teapot")
                .on("greetings.create", rule -> rule.respond(FakeResponse.json(418, "{\"error\":\"teapot\"}")))
                .build();

        try (ScenarioActivation activation = servers.activate("greeter", teapot)) {
            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(418);
        }

        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
    }

    @Test
    void anApiScenarioNamesItsOwnApi() {
        ApiScenario refusal = ApiScenario.of(
                "greeter",
                Scenario.builder("refusal")
                        .on("greetings.create", rule -> rule.fail(ProviderError.of(403, "refused", "Not you")))
                        .build());

        try (ScenarioActivation activation = servers.activate(refusal)) {
            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(403);
        }
    }

    @Test
    @MockApis(scenarios = "greeter=flaky")
    void theScenarioSwitchedAwayFromResumesWhereItWas() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);

        try (ScenarioActivation outage = servers.activate("greeter", "grumpy")) {
            assertThat(greeter.greet("Bo").statusCode()).isEqualTo(503);
        }

        assertThat(greeter.greet("Cy").statusCode())
                .as("flaky's second failure")
                .isEqualTo(503);
        assertThat(greeter.greet("Di").statusCode()).as("flaky recovered").isEqualTo(201);
    }

    @Test
    void anUnknownScenarioIsRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> servers.activate("greeter", "grumpi"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No scenario 'grumpi' for greeter; known: friendly, grumpy, flaky, tired");
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class AnActivationLeftOpen {

        @Test
        @Order(1)
        void lastsUntilTheEndOfItsTest() {
            servers.activate("greeter", "grumpy");

            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
        }

        @Test
        @Order(2)
        void isGoneInTheNextTest() {
            assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
        }
    }
}
