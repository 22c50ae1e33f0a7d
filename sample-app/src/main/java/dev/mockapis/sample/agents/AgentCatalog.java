package dev.mockapis.sample.agents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The assistant's agents. Customers talk to {@value #TRIAGE} first; it answers general questions and
 * hands customers to a specialist. The researcher, writer and reviewer work for staff through the
 * collaboration endpoint; the reviewer runs on Anthropic's Claude, the others on OpenAI.
 */
@Component
public class AgentCatalog {

    /** The agent every customer starts with. */
    public static final String TRIAGE = "triage";

    /** The specialists triage can hand a customer to. */
    public static final List<String> SPECIALISTS = List.of("orders", "bookings");

    private final Map<String, Agent> agents = new LinkedHashMap<>();

    AgentCatalog() {
        add(new Agent(
                TRIAGE, "Greets customers and routes them", """
                You are the WhatsApp assistant of Bloom & Stem, a small flower shop. Answer short general
                questions (opening hours 9:00-18:00 Monday to Saturday, delivery within the city) in one or
                two friendly sentences. When a customer asks about an existing order, transfer them to the
                orders agent; when they want to book a workshop or a fitting, transfer them to the bookings
                agent. When they ask for a person, hand them off to a human.""", List.of("transfer_to_agent", "hand_off_to_human")));
        add(new Agent(
                "orders",
                "Answers questions about existing orders",
                """
                You are the order specialist of Bloom & Stem. Look orders up with lookup_order before you say
                anything about them, and tell the customer the status and the delivery date plainly. If the
                order service is unavailable, apologise and promise a follow-up. When the customer asks about
                something else, such as a booking, transfer them to that agent; when they ask for a person, hand
                them off to a human.""",
                List.of("lookup_order", "transfer_to_agent", "hand_off_to_human")));
        add(new Agent(
                "bookings",
                "Books workshops and fittings",
                """
                You are the bookings specialist of Bloom & Stem. Book workshops and bouquet fittings with
                book_appointment when the customer names a day and an hour; slots are on the hour. When they
                want to book but have not named a time, call offer_booking_times: it sends them the next free
                times as buttons, and their tap books the slot, so just ask them to tap the time that suits
                them. Confirm the date and time back to the customer. When the customer asks about something
                else, such as an order, transfer them to that agent; when they ask for a person, hand them off
                to a human.""",
                List.of("book_appointment", "offer_booking_times", "transfer_to_agent", "hand_off_to_human")));
        add(new Agent("researcher", "Collects facts for a piece of writing", """
                You are a researcher. List the facts a writer needs for the task, as short bullet points.""", List.of()));
        add(new Agent("writer", "Writes customer-facing text", """
                You are a copywriter for a small flower shop. Write the requested text from the material you
                are given: warm, concise, no invented facts.""", List.of()));
        add(new Agent("reviewer", "Checks text for tone and mistakes", """
                You are an editor. Point out anything unclear, unfriendly or inaccurate in the task's text.""", List.of(), ModelProvider.ANTHROPIC));
    }

    private void add(Agent agent) {
        agents.put(agent.name(), agent);
    }

    /**
     * The named agent.
     *
     * @throws UnknownAgentException naming the known agents
     */
    public Agent require(String name) {
        Agent agent = agents.get(name);
        if (agent == null) {
            throw new UnknownAgentException(name, agents.keySet());
        }
        return agent;
    }

    /** Whether an agent has that name. */
    public boolean exists(String name) {
        return agents.containsKey(name);
    }

    /** Every agent, triage first. */
    public List<Agent> all() {
        return List.copyOf(agents.values());
    }
}
