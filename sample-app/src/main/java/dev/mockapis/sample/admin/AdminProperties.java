package dev.mockapis.sample.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to the staff endpoints under {@code /admin}.
 *
 * @param token the bearer token staff tools send; without one configured, the admin endpoints are closed
 */
@ConfigurationProperties("assistant.admin")
public record AdminProperties(String token) {
}
