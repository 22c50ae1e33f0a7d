package dev.mockapis.sample.agents;

import dev.mockapis.sample.tools.AgentTool;
import dev.mockapis.sample.tools.ToolArguments;
import dev.mockapis.sample.tools.ToolContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code transfer_to_agent}: triage hands the customer to a specialist, or a specialist asked about
 * something else passes them to the other one, with a private note that tells the specialist what the
 * customer wants. The specialist answers the same message next.
 */
@Component
class TransferTool implements AgentTool {

    private final ActiveAgent activeAgent;
    private final AgentMessageBus messages;
    private final JsonMapper json;

    TransferTool(ActiveAgent activeAgent, AgentMessageBus messages, JsonMapper json) {
        this.activeAgent = activeAgent;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public String name() {
        return "transfer_to_agent";
    }

    @Override
    public String description() {
        return "Transfers the customer to a specialist agent, with a note on what they need.";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(
                "agent", Map.of("type", "string", "enum", AgentCatalog.SPECIALISTS, "description", "The specialist"));
        properties.put("note", Map.of("type", "string", "description", "What the customer needs, for the specialist"));
        return Map.of(
                "type",
                "object",
                "properties",
                properties,
                "required",
                List.of("agent", "note"),
                "additionalProperties",
                false);
    }

    @Override
    public String execute(ToolContext context, ToolArguments arguments) {
        String target = arguments.text("agent");
        if (!AgentCatalog.SPECIALISTS.contains(target)) {
            return json.writeValueAsString(
                    Map.of("transferred", false, "reason", "Choose one of " + AgentCatalog.SPECIALISTS));
        }
        messages.send(
                context.customer(), context.agent(), target, arguments.text("note", "The customer needs your help."));
        activeAgent.handTo(context.customer(), target, context.agent());
        return json.writeValueAsString(Map.of("transferred", true, "agent", target));
    }
}
