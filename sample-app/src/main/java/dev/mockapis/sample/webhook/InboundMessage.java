package dev.mockapis.sample.webhook;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * A WhatsApp message a customer sent, as Twilio delivered it, and how far the assistant got with it.
 *
 * @param messageSid Twilio's SID, unique per message
 * @param customer the sender, such as {@code whatsapp:+15551234567}
 * @param businessNumber the number it was sent to
 * @param profileName the sender's WhatsApp name, or {@code null}
 * @param body the text (may be empty when only media was sent)
 * @param media the attachments
 * @param status where the message stands
 * @param attempts how often answering it was tried
 * @param reply the reply once generated, so a retry after a failed send does not ask the model again
 * @param receivedAt when the webhook came in
 * @param choiceId the id of the button or list item the customer tapped ({@code ButtonPayload} or
 *     {@code ListId}), or {@code null} for a message they wrote
 */
public record InboundMessage(
        String messageSid,
        String customer,
        String businessNumber,
        String profileName,
        String body,
        List<Media> media,
        Status status,
        int attempts,
        String reply,
        Instant receivedAt,
        String choiceId) {

    /** Copies the media. */
    public InboundMessage {
        media = List.copyOf(media);
    }

    /** A message the customer wrote rather than tapped. */
    public InboundMessage(
            String messageSid,
            String customer,
            String businessNumber,
            String profileName,
            String body,
            List<Media> media,
            Status status,
            int attempts,
            String reply,
            Instant receivedAt) {
        this(messageSid, customer, businessNumber, profileName, body, media, status, attempts, reply, receivedAt, null);
    }

    /** What the agents read: the text, and a line per attachment. */
    public String textForAgents() {
        return textForAgents(item -> null);
    }

    /**
     * What the agents read: the text, then per attachment what it says (a voice note's transcript) or,
     * when {@code transcriptOf} gives {@code null}, a line naming it.
     */
    public String textForAgents(Function<Media, String> transcriptOf) {
        StringBuilder text = new StringBuilder(body);
        for (Media item : media) {
            text.append(text.length() == 0 ? "" : "\n");
            String transcript = transcriptOf.apply(item);
            if (transcript != null) {
                text.append("[Voice note] ").append(transcript);
            } else {
                text.append("[The customer attached ")
                        .append(item.contentType())
                        .append(": ")
                        .append(item.url())
                        .append(']');
            }
        }
        return text.toString();
    }

    /**
     * An attachment.
     *
     * @param url where Twilio serves it
     * @param contentType its MIME type
     */
    public record Media(String url, String contentType) {}

    /** Where a message stands. */
    public enum Status {
        /** Stored, waiting for or in processing. */
        RECEIVED,
        /** Answered by an agent. */
        ANSWERED,
        /** Answered with the fallback reply because the model was unavailable. */
        FALLBACK,
        /** Failed after every retry; in the dead-letter table. */
        DEAD_LETTERED
    }
}
