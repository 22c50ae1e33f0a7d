package dev.mockapis.sample.agents.runtime;

/** Runs agent turns on one of OpenAI's APIs, calling the agent's tools as the model asks. */
public interface AgentRuntime {

    /** Which API this is. */
    RuntimeKind kind();

    /**
     * Takes the turn in the customer's conversation, kept by the API between turns.
     *
     * @return the agent's reply
     * @throws AgentRuntimeException when the model does not finish the turn
     */
    String converse(AgentTurn turn);
}
