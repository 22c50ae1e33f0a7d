package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = SharedContextApplication.class)
@MockApis
class SharedContextFriendlyIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Autowired
    MockApiServers servers;

    @Test
    void classesThatDifferOnlyInScenariosShareOneContext() {
        assertThat(SharedContextApplication.refreshes()).isEqualTo(1);
    }

    @Test
    void defaultScenarioIsActive() {
        assertThat(servers.server("greeter").activeScenario().name()).isEqualTo("friendly");
        assertThat(servers.server("twilio").activeScenario().name()).isEqualTo("successful_messaging");
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
    }
}
