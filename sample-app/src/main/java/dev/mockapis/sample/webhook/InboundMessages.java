package dev.mockapis.sample.webhook;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The inbound messages, stored as they arrive; the unique message SID and idempotency token stop duplicates. */
@Repository
public class InboundMessages {

    private final JdbcClient jdbc;
    private final Clock clock;

    InboundMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a newly arrived message with its media.
     *
     * @param idempotencyToken Twilio's {@code I-Twilio-Idempotency-Token}, or {@code null}
     * @return whether it is new; {@code false} when this SID or token was seen before
     */
    @Transactional
    public boolean storeIfNew(InboundMessage message, String idempotencyToken) {
        try {
            jdbc.sql(
                            "insert into inbound_message (message_sid, idempotency_token, customer, business_number, profile_name, body, status,"
                                    + " attempts, received_at, choice_id) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")
                    .params(
                            message.messageSid(),
                            idempotencyToken,
                            message.customer(),
                            message.businessNumber(),
                            message.profileName(),
                            message.body(),
                            InboundMessage.Status.RECEIVED.name(),
                            Timestamp.from(message.receivedAt()),
                            message.choiceId())
                    .update();
        } catch (DuplicateKeyException e) {
            return false;
        }
        for (int i = 0; i < message.media().size(); i++) {
            InboundMessage.Media media = message.media().get(i);
            jdbc.sql("insert into inbound_media (message_sid, position, url, content_type) values (?, ?, ?, ?)")
                    .params(message.messageSid(), i, media.url(), media.contentType())
                    .update();
        }
        return true;
    }

    /** The message with this SID. */
    public Optional<InboundMessage> find(String messageSid) {
        List<InboundMessage.Media> media = jdbc.sql(
                        "select url, content_type from inbound_media where message_sid = ? order by position")
                .param(messageSid)
                .query((row, number) -> new InboundMessage.Media(row.getString("url"), row.getString("content_type")))
                .list();
        return jdbc.sql("select * from inbound_message where message_sid = ?")
                .param(messageSid)
                .query((row, number) -> map(row, media))
                .optional();
    }

    /** The SIDs of the messages in this status, oldest first. */
    List<String> withStatus(InboundMessage.Status status) {
        return jdbc.sql("select message_sid from inbound_message where status = ? order by received_at")
                .param(status.name())
                .query(String.class)
                .list();
    }

    /** The SIDs of the messages in this status received before the instant, oldest first. */
    List<String> receivedBefore(InboundMessage.Status status, java.time.Instant instant) {
        return jdbc.sql(
                        "select message_sid from inbound_message where status = ? and received_at < ? order by received_at")
                .params(status.name(), Timestamp.from(instant))
                .query(String.class)
                .list();
    }

    int countAttempt(String messageSid) {
        jdbc.sql("update inbound_message set attempts = attempts + 1 where message_sid = ?")
                .param(messageSid)
                .update();
        return jdbc.sql("select attempts from inbound_message where message_sid = ?")
                .param(messageSid)
                .query(Integer.class)
                .single();
    }

    void saveReply(String messageSid, String reply) {
        jdbc.sql("update inbound_message set reply = ? where message_sid = ?")
                .params(reply, messageSid)
                .update();
    }

    void finish(String messageSid, InboundMessage.Status status) {
        jdbc.sql("update inbound_message set status = ?, processed_at = ? where message_sid = ?")
                .params(status.name(), Timestamp.from(clock.instant()), messageSid)
                .update();
    }

    void reopen(String messageSid) {
        jdbc.sql("update inbound_message set status = ?, processed_at = null where message_sid = ?")
                .params(InboundMessage.Status.RECEIVED.name(), messageSid)
                .update();
    }

    private static InboundMessage map(ResultSet row, List<InboundMessage.Media> media) throws SQLException {
        return new InboundMessage(
                row.getString("message_sid"),
                row.getString("customer"),
                row.getString("business_number"),
                row.getString("profile_name"),
                row.getString("body"),
                media,
                InboundMessage.Status.valueOf(row.getString("status")),
                row.getInt("attempts"),
                row.getString("reply"),
                row.getTimestamp("received_at").toInstant(),
                row.getString("choice_id"));
    }
}
