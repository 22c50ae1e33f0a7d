package dev.mockapis.sample.agents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The polite reply customers get while the model is unavailable. */
@Component
public class FallbackReply {

    private final String text;

    FallbackReply(@Value("${assistant.fallback-reply}") String text) {
        this.text = text;
    }

    /** The reply, from the agent that would have answered. */
    public AgentReply from(String agent) {
        return new AgentReply(agent, text, true);
    }

    /** The text. */
    public String text() {
        return text;
    }
}
