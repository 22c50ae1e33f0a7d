package dev.mockapis.weatherapp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/** An application calling a weather service of its own choosing, whose URL it reads from weather.base-url. */
@SpringBootConfiguration
@EnableAutoConfiguration
public class WeatherApplication {

    @Bean
    WeatherClient weatherClient(@Value("${weather.base-url:https://api.weather.example}") String baseUrl) {
        return new WeatherClient(baseUrl);
    }
}
