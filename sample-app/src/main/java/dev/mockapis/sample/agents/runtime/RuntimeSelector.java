package dev.mockapis.sample.agents.runtime;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The runtime the agents use now: {@code assistant.runtime} at start-up, switchable while the application
 * runs, so a business can move its customers off the Assistants API without a restart. Conversations
 * kept under one runtime stay with it; switching starts new ones.
 */
@Component
public class RuntimeSelector {

    private final Map<RuntimeKind, AgentRuntime> runtimes;
    private final RuntimeKind configured;
    private final AtomicReference<RuntimeKind> active;

    RuntimeSelector(List<AgentRuntime> runtimes, @Value("${assistant.runtime:responses}") RuntimeKind configured) {
        this.runtimes =
                runtimes.stream().collect(Collectors.toUnmodifiableMap(AgentRuntime::kind, Function.identity()));
        this.configured = configured;
        this.active = new AtomicReference<>(configured);
    }

    /** The runtime in use. */
    public AgentRuntime current() {
        return runtimes.get(active.get());
    }

    /** Which runtime is in use. */
    public RuntimeKind kind() {
        return active.get();
    }

    /** Switches the runtime. */
    public void use(RuntimeKind kind) {
        active.set(kind);
    }

    /** Back to the configured runtime. */
    public void useConfigured() {
        active.set(configured);
    }
}
