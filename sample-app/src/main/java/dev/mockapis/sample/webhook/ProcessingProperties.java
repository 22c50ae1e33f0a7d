package dev.mockapis.sample.webhook;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bounded pool inbound messages are answered on, after the webhook has been acknowledged.
 *
 * @param threads how many messages are answered at once
 * @param queueCapacity how many wait; past that a message stays stored as RECEIVED until a sweep hands it back
 */
@ConfigurationProperties("assistant.processing")
public record ProcessingProperties(
        @DefaultValue("4") int threads, @DefaultValue("200") int queueCapacity) {}
