package dev.mockapis.sample.delivery;

import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the delivery status of sent messages up to date from Twilio's status callbacks. A freeform
 * reply that failed with 63016 (the customer's 24-hour WhatsApp window had closed) is sent again as the
 * approved template, once.
 */
@Service
public class DeliveryTracker {

    /** WhatsApp's "outside the allowed window" error. */
    public static final int OUTSIDE_WINDOW = 63016;

    // WhatsApp template variables are short; the customer sees the rest once they reply
    private static final int EXCERPT = 60;

    private static final Logger log = LoggerFactory.getLogger(DeliveryTracker.class);

    private final OutboundMessages messages;
    private final OutboundMessenger messenger;
    private final TwilioProperties twilio;

    DeliveryTracker(OutboundMessages messages, OutboundMessenger messenger, TwilioProperties twilio) {
        this.messages = messages;
        this.messenger = messenger;
        this.twilio = twilio;
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT).strip();
    }

    /** Records a status Twilio reported. */
    public void statusReported(String sid, String status, Integer errorCode) {
        Optional<OutboundMessage> message = messages.find(sid);
        if (message.isEmpty()) {
            log.info("Status {} for {}, which this assistant did not send", status, sid);
            return;
        }
        if (!messages.updateStatus(sid, status, errorCode)) {
            return;
        }
        if (errorCode != null
                && errorCode == OUTSIDE_WINDOW
                && !message.get().template()
                && !messages.hasReplacement(sid)) {
            // the approved template reads "We have an answer for you: {{1}}… Reply to see it in full."
            messenger.sendTemplate(
                    message.get().customer(),
                    twilio.windowClosedTemplateSid(),
                    Map.of("1", excerpt(message.get().body())),
                    sid);
        }
    }
}
