package dev.mockapis.sample.agents;

/**
 * What the assistant answers a customer.
 *
 * @param agent the agent that answered
 * @param text the reply
 * @param degraded whether this is the fallback reply because the model is unavailable
 */
public record AgentReply(String agent, String text, boolean degraded) {}
