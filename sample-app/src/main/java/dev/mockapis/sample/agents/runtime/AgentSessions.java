package dev.mockapis.sample.agents.runtime;

import dev.mockapis.sample.cluster.SessionCache;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each customer's conversation at OpenAI, per runtime: a {@code conv_} id or a {@code thread_} id, read
 * through the instances' short-lived {@link SessionCache}.
 */
@Repository
public class AgentSessions {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SessionCache cache;

    AgentSessions(JdbcClient jdbc, Clock clock, SessionCache cache) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cache = cache;
    }

    /** The customer's conversation or thread under the runtime, if one was started. */
    public Optional<String> find(String customer, RuntimeKind runtime) {
        return cache.get(customer, runtime.name(), () -> load(customer, runtime));
    }

    private Optional<String> load(String customer, RuntimeKind runtime) {
        return jdbc.sql("select external_id from agent_session where customer = ? and runtime = ?")
                .params(customer, runtime.name())
                .query(String.class)
                .optional();
    }

    /** Records the customer's conversation or thread, replacing one OpenAI no longer knows. */
    void save(String customer, RuntimeKind runtime, String externalId) {
        cache.evict(customer, runtime.name());
        int updated = jdbc.sql(
                        "update agent_session set external_id = ?, created_at = ? where customer = ? and runtime = ?")
                .params(externalId, Timestamp.from(clock.instant()), customer, runtime.name())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into agent_session (customer, runtime, external_id, created_at) values (?, ?, ?, ?)")
                    .params(customer, runtime.name(), externalId, Timestamp.from(clock.instant()))
                    .update();
        }
    }
}
