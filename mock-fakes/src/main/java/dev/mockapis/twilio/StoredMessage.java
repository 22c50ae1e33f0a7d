package dev.mockapis.twilio;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Message resource as the fake keeps it: what was sent, the statuses it will pass through and how
 * far it has got. Immutable; each change makes a new value.
 *
 * @param sid the {@code SM}/{@code MM} sid
 * @param accountSid the owning account
 * @param sequence creation order, for listing newest first
 * @param request what the message was created with
 * @param from the sender, {@code null} until a Messaging Service assigns one
 * @param body the current body (redaction empties it)
 * @param media the media files
 * @param path the statuses the message passes through, first to last
 * @param position the index of the current status in {@code path}
 * @param errorCode the delivery error code the message ends with, or {@code null}
 * @param dateCreated when it was created
 * @param dateUpdated when it last changed
 * @param dateSent when it was sent, or {@code null}
 */
record StoredMessage(
        String sid,
        String accountSid,
        long sequence,
        NewMessage request,
        @Nullable String from,
        String body,
        List<Media> media,
        List<MessageStatus> path,
        int position,
        @Nullable Integer errorCode,
        Instant dateCreated,
        Instant dateUpdated,
        @Nullable Instant dateSent) {

    /** The sender a Messaging Service picks for WhatsApp: Twilio's sandbox number. */
    static final String WHATSAPP_SENDER = "whatsapp:+14155238886";

    private static final String SMS_SENDER = MagicNumbers.VALID_FROM;

    StoredMessage {
        media = List.copyOf(media);
        path = List.copyOf(path);
    }

    MessageStatus status() {
        return path.get(position);
    }

    /** Whether Twilio received it from a customer rather than the account sending it. */
    boolean inbound() {
        return path.get(0) == MessageStatus.RECEIVED;
    }

    String to() {
        return request.to().canonical();
    }

    boolean isWhatsApp() {
        return request.isWhatsApp();
    }

    /** As Twilio counts them; 0 while a Messaging Service has not yet picked the sender. */
    int numSegments() {
        if (from == null) {
            return 0;
        }
        return isWhatsApp() || !media.isEmpty() ? 1 : Segments.count(body);
    }

    /** The error code once the message has reached its failed or undelivered status. */
    @Nullable
    Integer currentErrorCode() {
        MessageStatus status = status();
        return status == MessageStatus.FAILED || status == MessageStatus.UNDELIVERED ? errorCode : null;
    }

    /** Whether the next status can be reached now: never past the end, and not before a scheduled send time. */
    boolean canAdvance(Instant now) {
        if (position == path.size() - 1) {
            return false;
        }
        return status() != MessageStatus.SCHEDULED || !now.isBefore(request.sendAt());
    }

    /** The message one status further on. */
    StoredMessage advanced(Instant now) {
        int next = position + 1;
        MessageStatus status = path.get(next);
        String sender = from;
        if (sender == null && status == MessageStatus.QUEUED) {
            sender = isWhatsApp() ? WHATSAPP_SENDER : SMS_SENDER;
        }
        Instant sent = status == MessageStatus.SENT ? now : dateSent;
        return new StoredMessage(
                sid, accountSid, sequence, request, sender, body, media, path, next, errorCode, dateCreated, now, sent);
    }

    StoredMessage withBody(String newBody, Instant now) {
        return new StoredMessage(
                sid,
                accountSid,
                sequence,
                request,
                from,
                newBody,
                media,
                path,
                position,
                errorCode,
                dateCreated,
                now,
                dateSent);
    }

    /** The message once its WhatsApp recipient opened it: {@code read}, one status after {@code delivered}. */
    StoredMessage read(Instant now) {
        List<MessageStatus> readPath = new ArrayList<>(path.subList(0, position + 1));
        readPath.add(MessageStatus.READ);
        return new StoredMessage(
                sid,
                accountSid,
                sequence,
                request,
                from,
                body,
                media,
                readPath,
                position + 1,
                errorCode,
                dateCreated,
                now,
                dateSent);
    }

    StoredMessage canceled(Instant now) {
        return new StoredMessage(
                sid,
                accountSid,
                sequence,
                request,
                from,
                body,
                media,
                List.of(status(), MessageStatus.CANCELED),
                1,
                null,
                dateCreated,
                now,
                dateSent);
    }

    /** The price Twilio bills once a carrier has reported on the message, as a negative amount in USD. */
    @Nullable
    String price() {
        MessageStatus status = status();
        if (status != MessageStatus.DELIVERED && status != MessageStatus.UNDELIVERED && status != MessageStatus.READ) {
            return null;
        }
        BigDecimal perSegment = isWhatsApp()
                ? new BigDecimal("0.00500")
                : media.isEmpty() ? new BigDecimal("0.00790") : new BigDecimal("0.02000");
        return perSegment
                .multiply(BigDecimal.valueOf(numSegments()))
                .negate()
                .setScale(5, RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    @Nullable
    String priceUnit() {
        return price() == null ? null : "USD";
    }
}
