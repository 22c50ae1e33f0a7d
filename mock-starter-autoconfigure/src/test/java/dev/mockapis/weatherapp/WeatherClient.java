package dev.mockapis.weatherapp;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The application's client of a weather service: a plain RestClient configured by property. */
public class WeatherClient {

    private final RestClient http;
    private final String baseUrl;

    WeatherClient(String baseUrl) {
        this.baseUrl = baseUrl;
        // the JDK's client, explicitly: with Apache HttpClient 5 on the classpath RestClient would pick it, and it
        // quietly re-sends a 429 or 503 after its Retry-After, which would hide the errors this application handles
        this.http = RestClient.builder()
                .requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl(baseUrl)
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Forecast forecast(String city) {
        return http.get().uri("/v1/forecast/{city}", city).retrieve().body(Forecast.class);
    }

    /** A call to a path the service does not have, as a typo in an application would make. */
    public String misspelledForecast(String city) {
        return http.get().uri("/v1/forcast/{city}", city).retrieve().body(String.class);
    }
}
