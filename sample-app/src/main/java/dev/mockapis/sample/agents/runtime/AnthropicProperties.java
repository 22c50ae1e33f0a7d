package dev.mockapis.sample.agents.runtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connection to Anthropic, for the agents that run on Claude.
 *
 * @param apiKey the API key
 * @param model the model those agents use
 * @param maxTokens the longest answer, in tokens
 * @param timeout how long one request may take before it is abandoned
 * @param maxRetries how often the SDK retries a request that failed with 408, 409, 429, 5xx or a dropped connection
 */
@ConfigurationProperties("anthropic")
public record AnthropicProperties(
        String apiKey,
        @DefaultValue("claude-sonnet-4-5") String model,
        @DefaultValue("1024") long maxTokens,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("2") int maxRetries) {}
