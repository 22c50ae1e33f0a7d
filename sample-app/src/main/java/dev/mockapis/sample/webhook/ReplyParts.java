package dev.mockapis.sample.webhook;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parts replies go out as, and which were handed to Twilio. */
@Repository
class ReplyParts {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReplyParts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void create(String messageSid, List<String> bodies) {
        for (int i = 0; i < bodies.size(); i++) {
            insert(messageSid, i, bodies.get(i));
        }
    }

    /** Adds the fallback part unless the message has one already, sent or not. */
    void addFallbackOnce(String messageSid, String body) {
        if (jdbc.sql("select count(*) from reply_part where message_sid = ? and position = ?")
                        .params(messageSid, ReplyPart.FALLBACK)
                        .query(Integer.class)
                        .single()
                == 0) {
            insert(messageSid, ReplyPart.FALLBACK, body);
        }
    }

    /** The parts of the reply to this message in the order they are sent; the fallback, if any, last. */
    List<ReplyPart> of(String messageSid) {
        return jdbc.sql(
                        "select * from reply_part where message_sid = ? order by case when position < 0 then 1 else 0 end, position")
                .param(messageSid)
                .query((row, number) -> new ReplyPart(
                        row.getString("message_sid"),
                        row.getInt("position"),
                        row.getString("body"),
                        row.getTimestamp("attempted_at") == null
                                ? null
                                : row.getTimestamp("attempted_at").toInstant()))
                .list();
    }

    /** Commits, before the part goes to Twilio, that it may have reached Twilio. */
    ReplyPart markAttempted(ReplyPart part) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update reply_part set attempted_at = ? where message_sid = ? and position = ?")
                .params(now, part.messageSid(), part.position())
                .update();
        return new ReplyPart(part.messageSid(), part.position(), part.body(), now.toInstant());
    }

    /** Twilio answered the attempt with an error, so it created no message. */
    void clearAttempt(ReplyPart part) {
        jdbc.sql("update reply_part set attempted_at = null where message_sid = ? and position = ?")
                .params(part.messageSid(), part.position())
                .update();
    }

    void removeFallback(String messageSid) {
        jdbc.sql("delete from reply_part where message_sid = ? and position = ?")
                .params(messageSid, ReplyPart.FALLBACK)
                .update();
    }

    private void insert(String messageSid, int position, String body) {
        jdbc.sql("insert into reply_part (message_sid, position, body, created_at) values (?, ?, ?, ?)")
                .params(messageSid, position, body, Timestamp.from(clock.instant()))
                .update();
    }
}
