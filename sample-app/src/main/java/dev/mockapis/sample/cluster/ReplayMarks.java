package dev.mockapis.sample.cluster;

/**
 * Webhooks already taken in, recognised without the database: a Twilio retry that reaches another
 * instance, or arrives while the database is slow, is acknowledged at once. Marks are set only after the
 * message is committed, so a mark never stands for a message that was not stored.
 */
public interface ReplayMarks {

    /** Whether the message, or another with this idempotency token, was taken in already. */
    boolean seen(String messageSid, String idempotencyToken);

    /** Remembers that the message (and its token, if any) was taken in. */
    void remember(String messageSid, String idempotencyToken);
}
