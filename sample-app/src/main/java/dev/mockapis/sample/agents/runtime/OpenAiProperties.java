package dev.mockapis.sample.agents.runtime;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The connection to OpenAI.
 *
 * @param apiKey the API key
 * @param baseUrl the API's base URL
 * @param model the model every agent uses
 * @param timeout how long one request may take before it is abandoned
 * @param maxRetries how often the SDK retries a request that failed with 408, 409, 429, 5xx or a dropped connection
 * @param runPollInterval how long to wait between two polls of an Assistants run
 * @param maxRunPolls how often to poll an Assistants run before giving up on it
 * @param maxToolRounds how many rounds of tool calls one turn may take
 */
@ConfigurationProperties("openai")
public record OpenAiProperties(
        String apiKey,
        @DefaultValue("https://api.openai.com/v1") String baseUrl,
        @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("2") int maxRetries,
        @DefaultValue("500ms") Duration runPollInterval,
        @DefaultValue("120") int maxRunPolls,
        @DefaultValue("5") int maxToolRounds) {}
