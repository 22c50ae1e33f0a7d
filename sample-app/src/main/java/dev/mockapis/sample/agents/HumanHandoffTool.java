package dev.mockapis.sample.agents;

import dev.mockapis.sample.state.SharedStateStore;
import dev.mockapis.sample.tools.AgentTool;
import dev.mockapis.sample.tools.ToolArguments;
import dev.mockapis.sample.tools.ToolContext;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code hand_off_to_human}: flags the customer for a person on the team and tells every agent, by
 * broadcast, that a person is taking over.
 */
@Component
class HumanHandoffTool implements AgentTool {

    /** The shared-state key that flags a customer for a person. */
    static final String KEY = "human_handoff";

    private final SharedStateStore state;
    private final AgentMessageBus messages;
    private final JsonMapper json;

    HumanHandoffTool(SharedStateStore state, AgentMessageBus messages, JsonMapper json) {
        this.state = state;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public String name() {
        return "hand_off_to_human";
    }

    @Override
    public String description() {
        return "Asks a person on the team to contact the customer.";
    }

    @Override
    public Map<String, Object> parameters() {
        return Map.of(
                "type",
                "object",
                "properties",
                Map.of("reason", Map.of("type", "string", "description", "Why a person is needed")),
                "required",
                java.util.List.of("reason"),
                "additionalProperties",
                false);
    }

    @Override
    public String execute(ToolContext context, ToolArguments arguments) {
        String reason = arguments.text("reason", "The customer asked for a person");
        state.set(context.customer(), KEY, reason, context.agent());
        messages.send(context.customer(), context.agent(), null, "A person from the team is taking over: " + reason);
        return json.writeValueAsString(Map.of("handed_off", true));
    }
}
