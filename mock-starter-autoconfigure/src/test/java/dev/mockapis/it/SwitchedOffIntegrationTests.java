package dev.mockapis.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.greeter.GreeterApplication;
import dev.mockapis.greeter.GreeterClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest(classes = GreeterApplication.class, properties = "mockapis.enabled=false")
@MockApis
class SwitchedOffIntegrationTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    GreeterClient greeter;

    @Test
    void mockApisEnabledFalseWinsOverTheAnnotation() {
        assertThat(context.getBeanProvider(MockInteractionVerifier.class).getIfAvailable())
                .isNull();
        assertThat(context.getBean(MockApiServers.class).running()).isEmpty();
        assertThat(greeter.baseUrl()).isEqualTo("https://greeter.invalid/v1");
    }
}
