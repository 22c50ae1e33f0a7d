package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomApiTests {

    private final Map<String, Integer> lookups = new ConcurrentHashMap<>();
    private final CustomApi weather = CustomApi.named("weather")
            .route("GET", "/v1/forecast/{city}", "forecast.get", call -> {
                String city = call.pathVariable("city").orElseThrow();
                int count = lookups.merge(city, 1, Integer::sum);
                return FakeResponse.json(200, "{\"city\":\"" + city + "\",\"lookups\":" + count + "}");
            })
            .scenario(Scenario.builder("weather_down")
                    .on("forecast.get", rule -> rule.fail(ProviderError.of(503, "down", "Forecasts are down")))
                    .build())
            .onReset(lookups::clear)
            .build();
    private final FakeServer server = FakeServer.start(weather);
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void handlersAnswerTheirRoutesAndKeepTheirState() throws Exception {
        get("/v1/forecast/paris");

        assertThat(get("/v1/forecast/paris").body()).isEqualTo("{\"city\":\"paris\",\"lookups\":2}");
        assertThat(server.interactions().operations()).containsExactly("forecast.get", "forecast.get");
    }

    @Test
    void scenariosFaultsAndTheLogWorkAsForBuiltInProviders() throws Exception {
        server.useScenario("weather_down");

        HttpResponse<String> response = get("/v1/forecast/paris");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("{\"error\":{\"code\":\"down\",\"message\":\"Forecasts are down\"}}");
        assertThat(server.scenarios().names()).containsExactly("default", "weather_down");
    }

    @Test
    void resetRunsTheApisOwnResetAction() throws Exception {
        get("/v1/forecast/paris");

        server.reset();

        assertThat(get("/v1/forecast/paris").body()).contains("\"lookups\":1");
    }

    @Test
    void unknownRoutesGetTheGenericNotFound() throws Exception {
        assertThat(get("/v1/forecasts/paris").statusCode()).isEqualTo(404);
    }

    @Test
    void namesAreValidated() {
        assertThatThrownBy(() -> CustomApi.named("My API")).hasMessageContaining("was 'My API'");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
