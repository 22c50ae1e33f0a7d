package dev.mockapis.sample.agents;

import dev.mockapis.sample.state.SharedState;
import dev.mockapis.sample.state.SharedStateStore;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What an agent is told about a customer on each turn, beyond its own instructions: what the agents
 * know about the customer (the shared state) and the notes its colleagues left it.
 */
@Component
class TurnContext {

    private final SharedStateStore state;
    private final AgentMessageBus messages;

    TurnContext(SharedStateStore state, AgentMessageBus messages) {
        this.state = state;
        this.messages = messages;
    }

    String describe(String agent, String customer, String profileName) {
        StringBuilder context = new StringBuilder();
        if (profileName != null && !profileName.isBlank()) {
            context.append("The customer's WhatsApp name is ")
                    .append(profileName)
                    .append(".\n");
        }
        List<SharedState> known = state.all(customer);
        if (!known.isEmpty()) {
            context.append("What the team knows about this customer:\n");
            known.forEach(entry -> context.append("- ")
                    .append(entry.key())
                    .append(": ")
                    .append(entry.value())
                    .append('\n'));
        }
        List<AgentMessage> inbox = messages.inbox(agent, customer);
        if (!inbox.isEmpty()) {
            context.append("Notes from your colleagues:\n");
            inbox.forEach(note -> context.append("- from ")
                    .append(note.from())
                    .append(": ")
                    .append(note.body())
                    .append('\n'));
        }
        return context.toString().strip();
    }
}
