package dev.mockapis.sample.collaboration;

import com.openai.client.OpenAIClient;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import dev.mockapis.sample.agents.Agent;
import dev.mockapis.sample.agents.runtime.OpenAiProperties;
import dev.mockapis.sample.resilience.LlmCircuitBreaker;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One agent working on one piece of a collaboration: a single Responses call, not stored at OpenAI
 * (staff tasks need no memory between calls), through the model's circuit breaker.
 */
@Component
class AgentWork {

    private final OpenAIClient openAi;
    private final OpenAiProperties properties;
    private final LlmCircuitBreaker breaker;

    AgentWork(OpenAIClient openAi, OpenAiProperties properties, LlmCircuitBreaker breaker) {
        this.openAi = openAi;
        this.properties = properties;
        this.breaker = breaker;
    }

    Contribution perform(Agent agent, String input) {
        Response response = breaker.call(() -> openAi.responses().create(ResponseCreateParams.builder()
                .model(properties.model())
                .instructions(agent.instructions())
                .input(input)
                .store(false)
                .build()));
        String text = response.output().stream()
                .flatMap(item -> item.message().stream())
                .flatMap(message -> message.content().stream())
                .flatMap(content -> content.outputText().stream())
                .map(output -> output.text())
                .collect(Collectors.joining());
        return new Contribution(agent.name(), text);
    }
}
