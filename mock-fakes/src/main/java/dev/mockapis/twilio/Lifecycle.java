package dev.mockapis.twilio;

import dev.mockapis.core.Directive;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The statuses an outbound message passes through, one per fetch, as Twilio reports them:
 *
 * <ul>
 *   <li>without a Messaging Service: {@code queued → sent → delivered}, {@code queued → sent →
 *       undelivered}, or {@code queued → failed};</li>
 *   <li>with one: {@code accepted} first, then the same;</li>
 *   <li>scheduled: {@code scheduled}, which moves on to {@code queued} only once the clock has reached
 *       {@code SendAt}.</li>
 * </ul>
 */
final class Lifecycle {

    /** Twilio's error for a freeform WhatsApp message outside the 24-hour customer-service window. */
    static final int OUTSIDE_WINDOW = 63016;

    private Lifecycle() {}

    static List<MessageStatus> plan(NewMessage message, DeliveryOutcome outcome) {
        List<MessageStatus> path = new ArrayList<>();
        if (message.sendAt() != null) {
            path.add(MessageStatus.SCHEDULED);
        } else if (message.messagingServiceSid() != null) {
            path.add(MessageStatus.ACCEPTED);
        }
        path.add(MessageStatus.QUEUED);
        switch (outcome.finalStatus()) {
            case "failed":
                path.add(MessageStatus.FAILED);
                break;
            case "undelivered":
                path.add(MessageStatus.SENT);
                path.add(MessageStatus.UNDELIVERED);
                break;
            default:
                path.add(MessageStatus.SENT);
                path.add(MessageStatus.DELIVERED);
        }
        return path;
    }

    /**
     * How the message ends: as the scenario's {@link DeliveryOutcome} says when it gives one; otherwise a
     * WhatsApp message fails with 63016 when WhatsApp's window does not allow it, or when the scenario
     * says the window is closed and it is freeform; then a message whose media Twilio cannot send fails
     * with that media's code; everything else is delivered.
     *
     * @param allowedByWindow whether WhatsApp lets it out now: the recipient's 24-hour window with the
     *     sender is open, or it is an approved template
     * @param mediaError the code {@link MediaLimits} found, or {@code null}
     */
    static DeliveryOutcome outcome(
            NewMessage message, @Nullable Directive directive, boolean allowedByWindow, @Nullable Integer mediaError) {
        if (directive instanceof DeliveryOutcome outcome) {
            return outcome;
        }
        if (message.isWhatsApp()
                && (!allowedByWindow || (directive instanceof OutsideWhatsAppWindow && !message.isTemplate()))) {
            return DeliveryOutcome.failed(OUTSIDE_WINDOW);
        }
        return mediaError == null ? DeliveryOutcome.delivered() : DeliveryOutcome.failed(mediaError);
    }
}
