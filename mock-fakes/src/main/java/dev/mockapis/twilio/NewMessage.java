package dev.mockapis.twilio;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code messages.create} request that passed validation.
 *
 * @param to the recipient
 * @param from the sender, or {@code null} when a Messaging Service picks it
 * @param messagingServiceSid the {@code MG} sid, or {@code null}
 * @param body the text, or {@code null}
 * @param mediaUrls the media URLs, in order
 * @param contentSid the {@code HX} content template sid, or {@code null}
 * @param contentVariables the raw {@code ContentVariables} JSON, or {@code null}
 * @param statusCallback the status callback URL, or {@code null}
 * @param provideFeedback whether {@code ProvideFeedback=true} was sent
 * @param sendAt when a scheduled message goes out, or {@code null} when it is not scheduled
 */
record NewMessage(
        Address to,
        @Nullable Address from,
        @Nullable String messagingServiceSid,
        @Nullable String body,
        List<String> mediaUrls,
        @Nullable String contentSid,
        @Nullable String contentVariables,
        @Nullable String statusCallback,
        boolean provideFeedback,
        @Nullable Instant sendAt) {

    NewMessage {
        mediaUrls = List.copyOf(mediaUrls);
    }

    boolean isWhatsApp() {
        return to.isWhatsApp();
    }

    boolean isTemplate() {
        return contentSid != null;
    }

    boolean hasMedia() {
        return !mediaUrls.isEmpty();
    }
}
