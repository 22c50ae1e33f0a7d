package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = SharedContextApplication.class)
@MockApis(twilio = "message_failures", scenarios = "greeter=grumpy")
class SharedContextGrumpyIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Test
    void classesThatDifferOnlyInScenariosShareOneContext() {
        assertThat(SharedContextApplication.refreshes()).isEqualTo(1);
    }

    @Autowired
    MockApiServers servers;

    @Test
    void classLevelScenariosAreActive() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
        assertThat(servers.server("twilio").activeScenario().name()).isEqualTo("message_failures");
    }
}
