package dev.mockapis.sample.state;

import java.time.Instant;

/**
 * One entry of what the agents know about a customer, shared between them.
 *
 * @param customer the customer's WhatsApp address
 * @param key what the entry is, such as {@code active_agent}
 * @param value its value
 * @param version 1 when first written, one more on every update; updates name the version they read
 * @param updatedBy the agent (or person) who wrote it last
 * @param updatedAt when
 */
public record SharedState(
        String customer, String key, String value, long version, String updatedBy, Instant updatedAt) {}
