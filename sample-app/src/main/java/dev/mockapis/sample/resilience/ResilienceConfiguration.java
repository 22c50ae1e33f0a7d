package dev.mockapis.sample.resilience;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * One circuit breaker per model provider, so that an Anthropic outage does not silence the OpenAI agents
 * customers talk to. The OpenAI one is the primary: it guards every customer conversation.
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration {

    @Bean
    @Primary
    LlmCircuitBreaker llmCircuitBreaker(ResilienceProperties properties) {
        // a request the model rejects as malformed, or a conversation it has forgotten, is no outage
        return new LlmCircuitBreaker(
                "openai",
                properties.llmBreaker(),
                com.openai.errors.BadRequestException.class,
                com.openai.errors.NotFoundException.class);
    }

    @Bean
    @Qualifier("anthropic")
    LlmCircuitBreaker anthropicCircuitBreaker(ResilienceProperties properties) {
        return new LlmCircuitBreaker(
                "anthropic",
                properties.llmBreaker(),
                com.anthropic.errors.BadRequestException.class,
                com.anthropic.errors.NotFoundException.class);
    }
}
