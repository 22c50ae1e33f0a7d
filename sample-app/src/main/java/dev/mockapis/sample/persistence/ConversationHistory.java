package dev.mockapis.sample.persistence;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Every customer's conversation as the business keeps it: what the customer wrote and what the
 * assistant answered, independent of what OpenAI keeps and for how long.
 */
@Repository
public class ConversationHistory {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConversationHistory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records what the customer wrote. */
    public void customerWrote(String customer, String text) {
        insert(customer, "customer", null, text);
    }

    /** Records what an agent answered. */
    public void assistantAnswered(String customer, String agent, String text) {
        insert(customer, "assistant", agent, text);
    }

    /** A customer's conversation, oldest first. */
    public List<Line> of(String customer) {
        return jdbc.sql("select role, agent, text, created_at from chat_turn where customer = ? order by id")
                .param(customer)
                .query((row, number) -> new Line(
                        row.getString("role"),
                        row.getString("agent"),
                        row.getString("text"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }

    private void insert(String customer, String role, String agent, String text) {
        jdbc.sql("insert into chat_turn (customer, role, agent, text, created_at) values (?, ?, ?, ?, ?)")
                .params(customer, role, agent, text, Timestamp.from(clock.instant()))
                .update();
    }

    /**
     * One line of a conversation.
     *
     * @param role {@code customer} or {@code assistant}
     * @param agent the agent that answered, for assistant lines
     * @param text what was written
     * @param at when
     */
    public record Line(String role, String agent, String text, Instant at) {}
}
