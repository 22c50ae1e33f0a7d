package dev.mockapis.sample.collaboration;

import com.anthropic.errors.AnthropicException;
import com.openai.errors.OpenAIException;
import dev.mockapis.sample.agents.UnknownAgentException;
import dev.mockapis.sample.resilience.AssistantUnavailableException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff tasks for several agents: {@code POST /api/collaborations}. */
@RestController
class CollaborationController {

    private final CollaborationService collaborations;

    CollaborationController(CollaborationService collaborations) {
        this.collaborations = collaborations;
    }

    @PostMapping("/api/collaborations")
    ResponseEntity<?> collaborate(@RequestBody CollaborationRequest request) {
        if (request.task() == null
                || request.task().isBlank()
                || request.agents() == null
                || request.agents().size() < 2
                || request.workflow() == null) {
            return ResponseEntity.badRequest()
                    .body(Map.of("detail", "Give a task, a workflow (sequential or parallel) and at least two agents"));
        }
        return ResponseEntity.ok(collaborations.run(request.task(), request.workflow(), request.agents()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> unknownAgent(UnknownAgentException e) {
        return ResponseEntity.badRequest().body(Map.of("detail", e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> unavailable(AssistantUnavailableException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .body(Map.of("detail", "The agents are unavailable; try again shortly"));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> modelFailed(OpenAIException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("detail", "An agent failed: " + e.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<Map<String, String>> claudeFailed(AnthropicException e) {
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY)
                .body(Map.of("detail", "An agent failed: " + e.getMessage()));
    }

    /**
     * A task for several agents.
     *
     * @param task what to do
     * @param workflow sequential or parallel
     * @param agents the agents, in order
     */
    record CollaborationRequest(String task, Workflow workflow, List<String> agents) {}
}
