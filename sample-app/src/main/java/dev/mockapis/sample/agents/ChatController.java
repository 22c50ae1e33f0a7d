package dev.mockapis.sample.agents;

import com.openai.errors.OpenAIException;
import com.openai.errors.OpenAIIoException;
import dev.mockapis.sample.agents.runtime.AgentRuntimeException;
import dev.mockapis.sample.resilience.AssistantUnavailableException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assistant for the shop's website chat: the same agents as on WhatsApp, answered in the response.
 * While the model is unavailable the answer is the fallback reply, marked {@code degraded}; a model
 * failure is a 502, a model that does not answer in time a 504.
 */
@RestController
class ChatController {

    private final AgentCoordinator agents;
    private final ActiveAgent activeAgent;
    private final FallbackReply fallback;

    ChatController(AgentCoordinator agents, ActiveAgent activeAgent, FallbackReply fallback) {
        this.agents = agents;
        this.activeAgent = activeAgent;
        this.fallback = fallback;
    }

    @PostMapping("/api/chat")
    AgentReply chat(@RequestBody ChatMessage message) {
        try {
            return agents.answer(message.customer(), message.name(), message.message());
        } catch (AssistantUnavailableException e) {
            return fallback.from(activeAgent.of(message.customer()));
        }
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> modelFailed(OpenAIException e) {
        if (e instanceof OpenAIIoException) {
            return ResponseEntity.status(HttpStatus.GATEWAY_TIMEOUT)
                    .body(Map.of("detail", "The language model did not answer in time"));
        }
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("detail", "The language model failed: " + e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> turnFailed(AgentRuntimeException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Map.of("detail", e.getMessage()));
    }

    /**
     * A message from the website chat.
     *
     * @param customer who writes: an e-mail address or a phone number
     * @param name their name, if known
     * @param message what they wrote
     */
    record ChatMessage(String customer, String name, String message) {}
}
