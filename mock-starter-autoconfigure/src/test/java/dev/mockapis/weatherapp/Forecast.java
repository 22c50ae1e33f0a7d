package dev.mockapis.weatherapp;

/** A forecast as the weather service returns it. */
public record Forecast(String city, String summary, int celsius) {}
