package dev.mockapis.sample.admin;

import dev.mockapis.sample.agents.runtime.RuntimeKind;
import dev.mockapis.sample.agents.runtime.RuntimeSelector;
import dev.mockapis.sample.resilience.LlmCircuitBreaker;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The assistant's health and runtime for staff: the models' circuit breakers and the OpenAI API in use. */
@RestController
class AdminController {

    private final RuntimeSelector runtimes;
    private final LlmCircuitBreaker breaker;
    private final LlmCircuitBreaker anthropicBreaker;

    AdminController(
            RuntimeSelector runtimes,
            LlmCircuitBreaker breaker,
            @Qualifier("anthropic") LlmCircuitBreaker anthropicBreaker) {
        this.runtimes = runtimes;
        this.breaker = breaker;
        this.anthropicBreaker = anthropicBreaker;
    }

    @GetMapping("/admin/status")
    Map<String, String> status() {
        return Map.of(
                "runtime",
                runtimes.kind().name().toLowerCase(Locale.ROOT),
                "llmCircuitBreaker",
                breaker.state().name(),
                "anthropicCircuitBreaker",
                anthropicBreaker.state().name());
    }

    @PutMapping("/admin/runtime")
    Map<String, String> switchRuntime(@RequestBody RuntimeChoice choice) {
        runtimes.use(choice.runtime());
        return status();
    }

    /**
     * The runtime to switch to.
     *
     * @param runtime {@code RESPONSES} or {@code ASSISTANTS}
     */
    record RuntimeChoice(RuntimeKind runtime) {}
}
