package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = SharedContextApplication.class)
@MockApis(scenarios = "greeter=grumpy")
class SharedContextGrumpyIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Test
    void classesThatDifferOnlyInScenariosShareOneContext() {
        assertThat(SharedContextApplication.refreshes()).isEqualTo(1);
    }

    @Test
    void classLevelScenarioIsActive() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
    }
}
