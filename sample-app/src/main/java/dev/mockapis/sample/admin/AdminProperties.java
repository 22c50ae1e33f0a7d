package dev.mockapis.sample.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the endpoints under {@code /api} and {@code /admin}.
 *
 * @param token the bearer token staff tools and the website send; without one configured, those endpoints are closed
 */
@ConfigurationProperties("assistant.admin")
public record AdminProperties(String token) {}
