package dev.mockapis.sample.demo;

import dev.mockapis.ApiScenario;
import dev.mockapis.MockApiServers;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Demo mode: the application on the MockApis fakes, with no credentials. It lives in the test sources,
 * beside the fakes it needs, so the application's jar never contains an endpoint that signs webhooks
 * with the Twilio auth token. Run it with {@code spring-boot:run -Dspring-boot.run.profiles=demo}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@EnableScheduling
class DemoConfiguration {

    private final MockApiServers servers;

    DemoConfiguration(MockApiServers servers) {
        this.servers = servers;
    }

    /** The model the demo plays, selectable by name: {@code @MockApis(openai = "demo")}. */
    @Bean
    ApiScenario demoScenario() {
        return ApiScenario.of("openai", DemoScenario.create());
    }

    @EventListener(ApplicationReadyEvent.class)
    void playTheModel() {
        servers.server("openai").useScenario(DemoScenario.NAME);
    }
}
