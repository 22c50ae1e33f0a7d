package dev.mockapis.sample.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages the assistant sent and their delivery status. */
@Repository
public class OutboundMessages {

    // Twilio's callbacks can arrive out of order; a status never moves back to an earlier one
    private static final Map<String, Integer> PROGRESS = Map.of(
            "accepted",
            0,
            "queued",
            1,
            "sending",
            2,
            "sent",
            3,
            "failed",
            4,
            "undelivered",
            4,
            "delivered",
            5,
            "read",
            6);

    private final JdbcClient jdbc;
    private final Clock clock;

    OutboundMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a sent message.
     *
     * @param replyPart which part of the reply to {@code inReplyTo} it is, or {@code null}
     * @throws org.springframework.dao.DuplicateKeyException when this SID, or this part of the reply, is already recorded
     */
    void record(OutboundMessage message, Integer replyPart) {
        jdbc.sql(
                        "insert into outbound_message (sid, customer, body, content_sid, in_reply_to, reply_part, status, error_code, created_at,"
                                + " updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        message.sid(),
                        message.customer(),
                        message.body(),
                        message.contentSid(),
                        message.inReplyTo(),
                        replyPart,
                        message.status(),
                        message.errorCode(),
                        Timestamp.from(message.updatedAt()),
                        Timestamp.from(message.updatedAt()))
                .update();
    }

    /** The parts of the reply to an inbound message that went out, by position. */
    public Set<Integer> sentReplyParts(String inReplyTo) {
        return Set.copyOf(
                jdbc.sql("select reply_part from outbound_message where in_reply_to = ? and reply_part is not null")
                        .param(inReplyTo)
                        .query(Integer.class)
                        .list());
    }

    /**
     * Records a reported status unless the message already got further.
     *
     * @return whether the status changed
     */
    boolean updateStatus(String sid, String status, Integer errorCode) {
        Optional<OutboundMessage> current = find(sid);
        if (current.isEmpty()
                || PROGRESS.getOrDefault(status, 0)
                        < PROGRESS.getOrDefault(current.get().status(), 0)) {
            return false;
        }
        return jdbc.sql(
                                "update outbound_message set status = ?, error_code = ?, updated_at = ? where sid = ? and status = ?")
                        .params(
                                status,
                                errorCode,
                                Timestamp.from(clock.instant()),
                                sid,
                                current.get().status())
                        .update()
                == 1;
    }

    /** The message with this SID. */
    public Optional<OutboundMessage> find(String sid) {
        return jdbc.sql("select * from outbound_message where sid = ?")
                .param(sid)
                .query(OutboundMessages::map)
                .optional();
    }

    /** The messages sent to a customer, oldest first. */
    public List<OutboundMessage> to(String customer) {
        return jdbc.sql("select * from outbound_message where customer = ? order by created_at, sid")
                .param(customer)
                .query(OutboundMessages::map)
                .list();
    }

    /** Whether a template already replaces this message. */
    boolean hasReplacement(String sid) {
        return jdbc.sql("select count(*) from outbound_message where in_reply_to = ? and content_sid is not null")
                        .param(sid)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private static OutboundMessage map(ResultSet row, int rowNumber) throws SQLException {
        int code = row.getInt("error_code");
        Integer errorCode = row.wasNull() ? null : code;
        return new OutboundMessage(
                row.getString("sid"),
                row.getString("customer"),
                row.getString("body"),
                row.getString("content_sid"),
                row.getString("in_reply_to"),
                row.getString("status"),
                errorCode,
                row.getTimestamp("updated_at").toInstant());
    }
}
