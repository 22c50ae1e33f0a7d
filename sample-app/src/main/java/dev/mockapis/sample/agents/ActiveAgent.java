package dev.mockapis.sample.agents;

import dev.mockapis.sample.state.SharedStateStore;
import org.springframework.stereotype.Component;

/** Which agent a customer is talking to, kept in the shared customer state under {@value #KEY}. */
@Component
public class ActiveAgent {

    /** The shared-state key. */
    public static final String KEY = "active_agent";

    private final SharedStateStore state;

    ActiveAgent(SharedStateStore state) {
        this.state = state;
    }

    /** The customer's agent; triage until someone hands them over. */
    public String of(String customer) {
        return state.value(customer, KEY, AgentCatalog.TRIAGE);
    }

    /** Hands the customer to another agent. */
    public void handTo(String customer, String agent, String by) {
        state.set(customer, KEY, agent, by);
    }
}
