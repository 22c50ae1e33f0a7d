package dev.mockapis.sample.agents;

import java.time.Instant;

/**
 * A note from one agent to another (private) or to all of them (broadcast), about one customer or about
 * every customer.
 *
 * @param id its id
 * @param customer the customer it is about, or {@code null} for all customers
 * @param from the sending agent
 * @param to the receiving agent, or {@code null} for a broadcast
 * @param body the note
 * @param createdAt when it was sent
 */
public record AgentMessage(long id, String customer, String from, String to, String body, Instant createdAt) {

    /** Whether every agent receives it. */
    public boolean broadcast() {
        return to == null;
    }
}
