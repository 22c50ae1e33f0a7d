package dev.mockapis.twilio;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Media resource: one file of a message, sent or received. Its content is known when Twilio would
 * have stored bytes the fake can serve: media received through the webhook simulators, or media at a
 * URL a test declared with {@link TwilioFake#mediaAt}.
 */
final class StoredMedia {

    private final String sid;
    private final String accountSid;
    private final String parentSid;
    private final String contentType;
    private final byte @Nullable [] content;
    private final Instant dateCreated;

    StoredMedia(
            String sid,
            String accountSid,
            String parentSid,
            String contentType,
            byte @Nullable [] content,
            Instant dateCreated) {
        this.sid = Objects.requireNonNull(sid, "sid");
        this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
        this.parentSid = Objects.requireNonNull(parentSid, "parentSid");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content == null ? null : content.clone();
        this.dateCreated = Objects.requireNonNull(dateCreated, "dateCreated");
    }

    String sid() {
        return sid;
    }

    String accountSid() {
        return accountSid;
    }

    String parentSid() {
        return parentSid;
    }

    String contentType() {
        return contentType;
    }

    boolean hasContent() {
        return content != null;
    }

    /** The bytes; only when {@link #hasContent()}. */
    byte[] content() {
        return Objects.requireNonNull(content, "callers ask hasContent() first").clone();
    }

    Instant dateCreated() {
        return dateCreated;
    }

    /** The path Twilio serves the file itself at (the resource's URI without {@code .json}). */
    String contentPath() {
        return MessageJson.accountPath(accountSid) + "/Messages/" + parentSid + "/Media/" + sid;
    }
}
