package dev.mockapis.sample.collaboration;

import com.anthropic.client.AnthropicClient;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.openai.client.OpenAIClient;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import dev.mockapis.sample.agents.Agent;
import dev.mockapis.sample.agents.ModelProvider;
import dev.mockapis.sample.agents.runtime.AnthropicProperties;
import dev.mockapis.sample.agents.runtime.OpenAiProperties;
import dev.mockapis.sample.resilience.LlmCircuitBreaker;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * One agent working on one piece of a collaboration: a single call to its provider's model, through
 * that provider's circuit breaker. On OpenAI a Responses call not stored at OpenAI (staff tasks need no
 * memory between calls); on Anthropic a Messages call.
 */
@Component
class AgentWork {

    private final OpenAIClient openAi;
    private final OpenAiProperties openAiProperties;
    private final LlmCircuitBreaker openAiBreaker;
    private final AnthropicClient anthropic;
    private final AnthropicProperties anthropicProperties;
    private final LlmCircuitBreaker anthropicBreaker;

    AgentWork(
            OpenAIClient openAi,
            OpenAiProperties openAiProperties,
            LlmCircuitBreaker openAiBreaker,
            AnthropicClient anthropic,
            AnthropicProperties anthropicProperties,
            @Qualifier("anthropic") LlmCircuitBreaker anthropicBreaker) {
        this.openAi = openAi;
        this.openAiProperties = openAiProperties;
        this.openAiBreaker = openAiBreaker;
        this.anthropic = anthropic;
        this.anthropicProperties = anthropicProperties;
        this.anthropicBreaker = anthropicBreaker;
    }

    Contribution perform(Agent agent, String input) {
        String text = agent.provider() == ModelProvider.ANTHROPIC ? onAnthropic(agent, input) : onOpenAi(agent, input);
        return new Contribution(agent.name(), text);
    }

    private String onOpenAi(Agent agent, String input) {
        Response response = openAiBreaker.call(() -> openAi.responses()
                .create(ResponseCreateParams.builder()
                        .model(openAiProperties.model())
                        .instructions(agent.instructions())
                        .input(input)
                        .store(false)
                        .build()));
        return response.output().stream()
                .flatMap(item -> item.message().stream())
                .flatMap(message -> message.content().stream())
                .flatMap(content -> content.outputText().stream())
                .map(output -> output.text())
                .collect(Collectors.joining());
    }

    private String onAnthropic(Agent agent, String input) {
        Message message = anthropicBreaker.call(() -> anthropic
                .messages()
                .create(MessageCreateParams.builder()
                        .model(anthropicProperties.model())
                        .maxTokens(anthropicProperties.maxTokens())
                        .system(agent.instructions())
                        .addUserMessage(input)
                        .build()));
        return message.content().stream()
                .flatMap(block -> block.text().stream())
                .map(block -> block.text())
                .collect(Collectors.joining());
    }
}
