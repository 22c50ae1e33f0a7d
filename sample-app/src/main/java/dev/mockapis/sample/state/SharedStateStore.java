package dev.mockapis.sample.state;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The per-customer state the agents share, with optimistic locking: every write names the version it
 * read, and a write based on a stale version fails with {@link StateConflictException} instead of silently
 * overwriting what another agent wrote.
 */
@Repository
public class SharedStateStore {

    private static final int MAX_ATTEMPTS = 10;

    private final JdbcClient jdbc;
    private final Clock clock;

    SharedStateStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One entry, if written. */
    public Optional<SharedState> get(String customer, String key) {
        return jdbc.sql("select * from customer_state where customer = ? and state_key = ?")
                .params(customer, key)
                .query(SharedStateStore::map)
                .optional();
    }

    /** Every entry of a customer, by key. */
    public List<SharedState> all(String customer) {
        return jdbc.sql("select * from customer_state where customer = ? order by state_key")
                .param(customer)
                .query(SharedStateStore::map)
                .list();
    }

    /** The value of an entry, or the fallback. */
    public String value(String customer, String key, String fallback) {
        return get(customer, key).map(SharedState::value).orElse(fallback);
    }

    /**
     * Writes an entry if it is still at the version the writer read.
     *
     * @param expectedVersion the version read, 0 for an entry that should not exist yet
     * @return the entry as written, at the next version
     * @throws StateConflictException when the entry is at another version
     */
    public SharedState put(String customer, String key, String value, long expectedVersion, String writer) {
        Instant now = clock.instant();
        if (expectedVersion == 0) {
            try {
                jdbc.sql(
                                "insert into customer_state (customer, state_key, state_value, version, updated_by, updated_at) values (?, ?, ?, 1, ?, ?)")
                        .params(customer, key, value, writer, Timestamp.from(now))
                        .update();
                return new SharedState(customer, key, value, 1, writer, now);
            } catch (DuplicateKeyException e) {
                throw new StateConflictException(
                        customer, key, expectedVersion, get(customer, key).orElse(null));
            }
        }
        int updated = jdbc.sql(
                        "update customer_state set state_value = ?, version = version + 1, updated_by = ?, updated_at = ?"
                                + " where customer = ? and state_key = ? and version = ?")
                .params(value, writer, Timestamp.from(now), customer, key, expectedVersion)
                .update();
        if (updated == 0) {
            throw new StateConflictException(
                    customer, key, expectedVersion, get(customer, key).orElse(null));
        }
        return new SharedState(customer, key, value, expectedVersion + 1, writer, now);
    }

    /**
     * Reads, changes and writes an entry, starting again from a fresh read when another writer came in
     * between, so concurrent updates are all kept.
     *
     * @param change the new value from the current one ({@code null} when there is none)
     */
    public SharedState update(String customer, String key, String writer, UnaryOperator<String> change) {
        for (int attempt = 1; ; attempt++) {
            Optional<SharedState> current = get(customer, key);
            try {
                return put(
                        customer,
                        key,
                        change.apply(current.map(SharedState::value).orElse(null)),
                        current.map(SharedState::version).orElse(0L),
                        writer);
            } catch (StateConflictException e) {
                if (attempt == MAX_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Sets an entry whatever its version. */
    public SharedState set(String customer, String key, String value, String writer) {
        return update(customer, key, writer, previous -> value);
    }

    private static SharedState map(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
        return new SharedState(
                row.getString("customer"),
                row.getString("state_key"),
                row.getString("state_value"),
                row.getLong("version"),
                row.getString("updated_by"),
                row.getTimestamp("updated_at").toInstant());
    }
}
