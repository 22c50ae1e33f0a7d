package dev.mockapis.sample.agents.runtime;

import dev.mockapis.sample.agents.Agent;
import dev.mockapis.sample.tools.AgentTool;
import java.util.List;

/**
 * One turn of an agent in a customer's conversation.
 *
 * @param customer the customer's WhatsApp address
 * @param agent the agent taking the turn
 * @param context what the agent should know this turn beyond its instructions: the customer's shared
 *        state and its colleagues' notes
 * @param userText the customer's message, or {@code null} when the agent takes over a message another
 *        agent already received
 * @param tools the tools it may call
 */
public record AgentTurn(String customer, Agent agent, String context, String userText, List<AgentTool> tools) {

    /** Copies the tools. */
    public AgentTurn {
        tools = List.copyOf(tools);
    }

    /** The agent's instructions followed by this turn's context. */
    public String fullInstructions() {
        return context.isBlank() ? agent.instructions() : agent.instructions() + "\n\n" + context;
    }
}
