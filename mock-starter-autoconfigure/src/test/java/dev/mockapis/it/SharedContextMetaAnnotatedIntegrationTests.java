package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = SharedContextApplication.class)
@GrumpyGreeter
class SharedContextMetaAnnotatedIntegrationTests {

    @Autowired
    GreeterClient greeter;

    @Test
    void classesThatDifferOnlyInScenariosShareOneContext() {
        assertThat(SharedContextApplication.refreshes()).isEqualTo(1);
    }

    @Test
    void metaAnnotationSelectsTheScenario() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
    }

    @Test
    @MockApis(scenarios = "greeter=flaky")
    void methodAnnotationWinsOverTheClass() {
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(503);
        assertThat(greeter.greet("Ana").statusCode()).isEqualTo(201);
    }
}
