package dev.mockapis.weatherapp;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.CustomApi;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.Scenario;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The weather service's fake, all a test suite writes to put its own api on MockApis. */
@TestConfiguration(proxyBeanMethods = false)
public class WeatherFake {

    @Bean
    static MockApiDefinition weatherApi() {
        return MockApiDefinition.builder("weather")
                .redirect("weather.base-url")
                .build(properties -> CustomApi.named("weather")
                        .route(
                                "GET",
                                "/v1/forecast/{city}",
                                "forecast.get",
                                call -> FakeResponse.json(
                                        200,
                                        "{\"city\":\""
                                                + call.pathVariable("city").orElseThrow()
                                                + "\",\"summary\":\"Sunny\",\"celsius\":21}"))
                        .scenario(Scenario.builder("storm")
                                .description("Every forecast is a storm")
                                .on(
                                        "forecast.get",
                                        rule -> rule.respond(FakeResponse.json(
                                                200, "{\"city\":\"Anywhere\",\"summary\":\"Storm\",\"celsius\":9}")))
                                .build())
                        .build());
    }
}
