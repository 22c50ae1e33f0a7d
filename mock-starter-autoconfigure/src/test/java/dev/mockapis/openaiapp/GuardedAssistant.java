package dev.mockapis.openaiapp;

import com.openai.client.OpenAIClient;
import com.openai.errors.OpenAIException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

/**
 * The application's assistant: one Chat Completions call per question, behind a circuit breaker that
 * answers with a fallback while OpenAI is failing instead of making every customer wait for an error.
 */
public class GuardedAssistant {

    /** What customers read while the breaker is open or a call fails. */
    public static final String FALLBACK = "Sorry, I can't answer right now. Please try again in a minute.";

    private final OpenAIClient openAi;
    private final CircuitBreaker breaker;

    GuardedAssistant(OpenAIClient openAi, CircuitBreaker breaker) {
        // the breaker decides when to try again, so each question is one request
        this.openAi = openAi.withOptions(options -> options.maxRetries(0));
        this.breaker = breaker;
    }

    /** The model's answer, or {@link #FALLBACK}. */
    public String reply(String question) {
        try {
            return breaker.executeSupplier(() -> ask(question));
        } catch (CallNotPermittedException | OpenAIException e) {
            return FALLBACK;
        }
    }

    /** The breaker, for tests and health checks. */
    public CircuitBreaker breaker() {
        return breaker;
    }

    private String ask(String question) {
        return openAi.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage(question)
                        .build())
                .choices()
                .get(0)
                .message()
                .content()
                .orElse("");
    }
}
