package dev.mockapis.sample.agents;

import dev.mockapis.sample.agents.runtime.AgentTurn;
import dev.mockapis.sample.agents.runtime.RuntimeSelector;
import dev.mockapis.sample.resilience.LlmCircuitBreaker;
import dev.mockapis.sample.tools.ToolBox;
import org.springframework.stereotype.Service;

/**
 * Answers a customer's message with the agent they are talking to. When triage transfers the customer
 * during its turn, the specialist takes over the same message at once, so the customer gets the
 * specialist's answer rather than "let me transfer you". Every model call goes through the circuit breaker.
 */
@Service
public class AgentCoordinator {

    // triage → specialist is one hop; a second allows a specialist to pass the customer on once more
    private static final int MAX_HANDOFFS = 2;

    private final AgentCatalog catalog;
    private final ActiveAgent activeAgent;
    private final TurnContext turnContext;
    private final ToolBox toolBox;
    private final RuntimeSelector runtimes;
    private final LlmCircuitBreaker breaker;

    AgentCoordinator(
            AgentCatalog catalog,
            ActiveAgent activeAgent,
            TurnContext turnContext,
            ToolBox toolBox,
            RuntimeSelector runtimes,
            LlmCircuitBreaker breaker) {
        this.catalog = catalog;
        this.activeAgent = activeAgent;
        this.turnContext = turnContext;
        this.toolBox = toolBox;
        this.runtimes = runtimes;
        this.breaker = breaker;
    }

    /**
     * The assistant's answer to a customer message.
     *
     * @param profileName the customer's WhatsApp name, or {@code null}
     * @throws dev.mockapis.sample.resilience.AssistantUnavailableException when the model's circuit breaker is open
     */
    public AgentReply answer(String customer, String profileName, String text) {
        Agent agent = catalog.require(activeAgent.of(customer));
        String reply = take(agent, customer, profileName, text);
        for (int handoff = 0; handoff < MAX_HANDOFFS; handoff++) {
            String next = activeAgent.of(customer);
            if (next.equals(agent.name())) {
                break;
            }
            agent = catalog.require(next);
            reply = take(agent, customer, profileName, null);
        }
        return new AgentReply(agent.name(), reply, false);
    }

    private String take(Agent agent, String customer, String profileName, String text) {
        AgentTurn turn = new AgentTurn(
                customer,
                agent,
                turnContext.describe(agent.name(), customer, profileName),
                text,
                toolBox.tools(agent.tools()));
        return breaker.call(() -> runtimes.current().converse(turn));
    }
}
