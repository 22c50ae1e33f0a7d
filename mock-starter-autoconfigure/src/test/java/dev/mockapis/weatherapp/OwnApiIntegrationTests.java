package dev.mockapis.weatherapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.Fault;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioActivation;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/** An api of the application's own, declared with one bean, gets everything the built-in ones have. */
@SpringBootTest(
        classes = {WeatherApplication.class, WeatherFake.class},
        properties = "mockapis.weather.rate-limit.requests-per-minute=5")
@MockApis
class OwnApiIntegrationTests {

    @Autowired
    WeatherClient weather;

    @Autowired
    MockApiServers servers;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    Environment environment;

    @Test
    void theApplicationsClientTalksToTheFakeThroughTheRedirectedProperty() {
        Forecast forecast = weather.forecast("Lisbon");

        assertThat(forecast).isEqualTo(new Forecast("Lisbon", "Sunny", 21));
        assertThat(weather.baseUrl())
                .isEqualTo(servers.baseUrl("weather"))
                .isEqualTo(environment.getProperty("mockapis.weather.base-url"));
        verifier.assertThat("weather")
                .called("forecast.get")
                .once()
                .matching("city Lisbon", call -> call.path().equals("/v1/forecast/Lisbon"));
    }

    @Test
    @MockApis(scenarios = "weather=storm")
    void aScenarioBuiltIntoTheApiIsSelectedByName() {
        assertThat(weather.forecast("Lisbon").summary()).isEqualTo("Storm");
    }

    @Test
    @MockApis(scenarios = "weather=heatwave")
    void aScenarioFileIsSelectedByName() {
        assertThat(weather.forecast("Seville").celsius()).isEqualTo(44);
        assertThat(weather.forecast("Lisbon").celsius()).isEqualTo(21);
    }

    @Test
    void aScenarioWrittenInTheTestIsActiveUntilClosed() {
        try (ScenarioActivation outage = servers.activate(
                "weather",
                Scenario.builder("outage")
                        .on("forecast.get", rule -> rule.fail(ProviderError.of(503, "unavailable", "Try later")))
                        .build())) {
            assertThatThrownBy(() -> weather.forecast("Lisbon"))
                    .isInstanceOf(HttpServerErrorException.ServiceUnavailable.class);
        }

        assertThat(weather.forecast("Lisbon").summary()).isEqualTo("Sunny");
    }

    @Test
    void aConnectionResetIsAnIoErrorInTheClient() {
        servers.activate(
                "weather",
                Scenario.builder("reset")
                        .on("forecast.get", rule -> rule.fault(Fault.connectionReset()))
                        .build());

        assertThatThrownBy(() -> weather.forecast("Lisbon")).isInstanceOf(ResourceAccessException.class);
    }

    @Test
    void theConfiguredRateLimitAnswers429PastIt() {
        IntStream.range(0, 5).forEach(i -> weather.forecast("Lisbon"));

        assertThatThrownBy(() -> weather.forecast("Lisbon"))
                .isInstanceOfSatisfying(
                        HttpClientErrorException.TooManyRequests.class,
                        e -> assertThat(e.getResponseHeaders().getFirst("Retry-After"))
                                .isNotNull());
        verifier.assertThat("weather").called("forecast.get").times(6);
    }
}
