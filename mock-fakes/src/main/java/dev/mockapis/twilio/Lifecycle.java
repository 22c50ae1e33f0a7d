package dev.mockapis.twilio;

import java.util.ArrayList;
import java.util.List;

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

    /** What the scenario's directive means for this message. */
    static DeliveryOutcome outcome(NewMessage message, Object directive) {
        if (directive instanceof DeliveryOutcome outcome) {
            return outcome;
        }
        if (directive instanceof OutsideWhatsAppWindow && message.isWhatsApp() && !message.isTemplate()) {
            return DeliveryOutcome.failed(63016);
        }
        return DeliveryOutcome.delivered();
    }
}
