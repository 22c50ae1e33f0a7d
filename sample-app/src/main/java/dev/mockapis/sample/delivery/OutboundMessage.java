package dev.mockapis.sample.delivery;

import java.time.Instant;

/**
 * A message the assistant sent, with what Twilio last reported about its delivery.
 *
 * @param sid Twilio's message SID
 * @param customer the recipient
 * @param body the text, or {@code null} for a template
 * @param contentSid the template, or {@code null} for a freeform message
 * @param inReplyTo the inbound message SID (or the earlier outbound SID a template replaces)
 * @param status Twilio's status: {@code queued}, {@code sent}, {@code delivered}, {@code read}, {@code failed}, {@code undelivered}
 * @param errorCode Twilio's error code when it failed, such as 63016
 * @param updatedAt when the status last changed
 */
public record OutboundMessage(
        String sid,
        String customer,
        String body,
        String contentSid,
        String inReplyTo,
        String status,
        Integer errorCode,
        Instant updatedAt) {

    /** Whether this is a template rather than a freeform message. */
    public boolean template() {
        return contentSid != null;
    }
}
