package dev.mockapis.twilio;

import java.util.Locale;

/** The Message resource statuses the fake uses, with their wire names. */
enum MessageStatus {
    ACCEPTED,
    SCHEDULED,
    QUEUED,
    SENT,
    DELIVERED,
    UNDELIVERED,
    FAILED,
    CANCELED,
    /** A WhatsApp message its recipient opened, after {@code delivered}. */
    READ,
    /** An inbound message, as Twilio lists what it received. */
    RECEIVED;

    String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean isFinal() {
        return this == DELIVERED
                || this == UNDELIVERED
                || this == FAILED
                || this == CANCELED
                || this == RECEIVED
                || this == READ;
    }
}
