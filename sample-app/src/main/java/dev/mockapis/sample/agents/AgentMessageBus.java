package dev.mockapis.sample.agents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Agent-to-agent messages, kept in the database: a private note reaches one agent, a broadcast every
 * agent. An agent reads its inbox each time it takes a turn for a customer.
 */
@Repository
public class AgentMessageBus {

    private final JdbcClient jdbc;
    private final AgentCatalog agents;
    private final Clock clock;

    AgentMessageBus(JdbcClient jdbc, AgentCatalog agents, Clock clock) {
        this.jdbc = jdbc;
        this.agents = agents;
        this.clock = clock;
    }

    /**
     * Sends a note.
     *
     * @param customer the customer it is about, or {@code null} for all customers
     * @param to the receiving agent, or {@code null} to broadcast it to all
     * @throws UnknownAgentException when the sender or the receiver does not exist
     */
    public AgentMessage send(String customer, String from, String to, String body) {
        agents.require(from);
        if (to != null) {
            agents.require(to);
        }
        Instant now = clock.instant();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into agent_message (customer, from_agent, to_agent, body, created_at) values (?, ?, ?, ?, ?)")
                .params(customer, from, to, body, Timestamp.from(now))
                .update(key, "id");
        return new AgentMessage(key.getKey().longValue(), customer, from, to, body, now);
    }

    /**
     * What an agent has received about a customer, oldest first: notes sent to it and broadcasts, about
     * this customer or about all customers. Its own broadcasts are left out.
     */
    public List<AgentMessage> inbox(String agent, String customer) {
        return jdbc.sql("select * from agent_message where (to_agent = ? or (to_agent is null and from_agent <> ?))"
                        + " and (customer is null or customer = ?) order by id")
                .params(agent, agent, customer)
                .query(AgentMessageBus::map)
                .list();
    }

    private static AgentMessage map(ResultSet row, int rowNumber) throws SQLException {
        return new AgentMessage(
                row.getLong("id"),
                row.getString("customer"),
                row.getString("from_agent"),
                row.getString("to_agent"),
                row.getString("body"),
                row.getTimestamp("created_at").toInstant());
    }
}
