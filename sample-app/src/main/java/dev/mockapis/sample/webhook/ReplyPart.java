package dev.mockapis.sample.webhook;

import java.time.Instant;

/**
 * One Twilio message a reply goes out as.
 *
 * @param messageSid the inbound message it answers
 * @param position its place in the reply, from 0; the fallback reply is {@link #FALLBACK}
 * @param body its text, at most 1,600 characters
 * @param attemptedAt when it was last handed to Twilio without an answer yet, or {@code null}
 */
record ReplyPart(String messageSid, int position, String body, Instant attemptedAt) {

    /** The position of the fallback reply, sent at most once per message. */
    static final int FALLBACK = -1;

    boolean fallback() {
        return position == FALLBACK;
    }
}
