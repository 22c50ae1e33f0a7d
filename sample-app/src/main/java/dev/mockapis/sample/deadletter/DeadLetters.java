package dev.mockapis.sample.deadletter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The dead-letter table: failed work is stored here, never dropped. */
@Repository
public class DeadLetters {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadLetters(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores failed work. */
    public DeadLetter store(String kind, String reference, String error, int attempts) {
        KeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        String trimmed = error.length() > 2000 ? error.substring(0, 2000) : error;
        jdbc.sql(
                        "insert into dead_letter (kind, reference, error, attempts, status, created_at) values (?, ?, ?, ?, 'PENDING', ?)")
                .params(kind, reference, trimmed, attempts, now)
                .update(key, "id");
        return find(key.getKey().longValue()).orElseThrow();
    }

    /** Every dead letter, newest first; only the pending ones when asked. */
    public List<DeadLetter> list(boolean pendingOnly) {
        return jdbc.sql("select * from dead_letter" + (pendingOnly ? " where status = 'PENDING'" : "")
                        + " order by id desc")
                .query(DeadLetters::map)
                .list();
    }

    /** One dead letter. */
    public Optional<DeadLetter> find(long id) {
        return jdbc.sql("select * from dead_letter where id = ?")
                .param(id)
                .query(DeadLetters::map)
                .optional();
    }

    /**
     * Marks a pending dead letter re-driven.
     *
     * @return whether it was pending (so a double click re-drives once)
     */
    boolean markRedriven(long id) {
        return jdbc.sql(
                                "update dead_letter set status = 'REDRIVEN', redriven_at = ? where id = ? and status = 'PENDING'")
                        .params(Timestamp.from(clock.instant()), id)
                        .update()
                == 1;
    }

    private static DeadLetter map(ResultSet row, int rowNumber) throws SQLException {
        Timestamp redriven = row.getTimestamp("redriven_at");
        return new DeadLetter(
                row.getLong("id"),
                row.getString("kind"),
                row.getString("reference"),
                row.getString("error"),
                row.getInt("attempts"),
                row.getString("status"),
                row.getTimestamp("created_at").toInstant(),
                redriven == null ? null : redriven.toInstant());
    }
}
