package dev.mockapis.greeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** An application using the greeter api through a client configured by property. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class GreeterApplication {

    @Bean
    GreeterClient greeterClient(@Value("${greeter.client.url:https://greeter.invalid/v1}") String url) {
        return new GreeterClient(url);
    }
}
