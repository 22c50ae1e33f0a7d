package dev.mockapis.sample.delivery;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends WhatsApp messages through twilio-java, each with a {@code StatusCallback} so Twilio reports its
 * delivery, and records them.
 */
@Component
public class OutboundMessenger {

    // Twilio's clock and ours may disagree a little; a part is never looked for before it was attempted, less this
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    // how far back Twilio's message list is read when looking for a part sent before a crash
    private static final long LOOKUP_LIMIT = 200;

    private final TwilioRestClient twilio;
    private final TwilioProperties properties;
    private final OutboundMessages messages;
    private final JsonMapper json;
    private final Clock clock;

    OutboundMessenger(
            TwilioRestClient twilio,
            TwilioProperties properties,
            OutboundMessages messages,
            JsonMapper json,
            Clock clock) {
        this.twilio = twilio;
        this.properties = properties;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Sends one part of the reply to an inbound message.
     *
     * @param inReplyTo the inbound message it answers
     * @param part its position in the reply
     * @throws com.twilio.exception.ApiException when Twilio refuses it
     */
    public OutboundMessage sendReplyPart(String customer, String text, String inReplyTo, int part) {
        return send(
                Message.creator(new PhoneNumber(customer), new PhoneNumber(properties.whatsappNumber()), text),
                customer,
                text,
                null,
                inReplyTo,
                part);
    }

    /**
     * Looks in Twilio's message list for a reply part that was handed to Twilio but not recorded (the
     * application stopped in between): a message to the customer with this text, created since the
     * attempt, that no recorded message already accounts for. Found, it is recorded as that part.
     *
     * @param attemptedAt when the part was handed to Twilio
     */
    public Optional<OutboundMessage> recoverReplyPart(
            String customer, String text, String inReplyTo, int part, Instant attemptedAt) {
        Instant since = attemptedAt.minus(CLOCK_SKEW);
        for (Message candidate : Message.reader()
                .setTo(new PhoneNumber(customer))
                .setFrom(new PhoneNumber(properties.whatsappNumber()))
                .setPageSize(50L)
                .read(twilio)
                .setLimit(LOOKUP_LIMIT)) {
            boolean recent = candidate.getDateCreated() == null
                    || !candidate.getDateCreated().toInstant().isBefore(since);
            if (recent && text.equals(candidate.getBody())) {
                OutboundMessage found = new OutboundMessage(
                        candidate.getSid(), customer, text, null, inReplyTo, status(candidate), null, clock.instant());
                try {
                    messages.record(found, part);
                    return Optional.of(found);
                } catch (DuplicateKeyException alreadyAccountedFor) {
                    // another part or reply with the same text; keep looking
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Sends an approved template, which WhatsApp delivers even outside the 24-hour window.
     *
     * @param variables the template's variables by position, such as {@code 1 → "Your order has shipped"}
     * @param replacing the message the template stands in for
     */
    public OutboundMessage sendTemplate(
            String customer, String contentSid, Map<String, String> variables, String replacing) {
        MessageCreator creator = Message.creator(
                        new PhoneNumber(customer), new PhoneNumber(properties.whatsappNumber()), (String) null)
                .setContentSid(contentSid)
                .setContentVariables(json.writeValueAsString(variables));
        return send(creator, customer, null, contentSid, replacing, null);
    }

    /**
     * Sends a template with buttons or a list for the customer to tap, inside their 24-hour window.
     *
     * @param variables the template's variables by position
     * @throws com.twilio.exception.ApiException when Twilio refuses it, such as 21655 for a template it does not know
     */
    public OutboundMessage sendInteractive(String customer, String contentSid, Map<String, String> variables) {
        MessageCreator creator = Message.creator(
                        new PhoneNumber(customer), new PhoneNumber(properties.whatsappNumber()), (String) null)
                .setContentSid(contentSid)
                .setContentVariables(json.writeValueAsString(variables));
        return send(creator, customer, null, contentSid, null, null);
    }

    private OutboundMessage send(
            MessageCreator creator, String customer, String body, String contentSid, String inReplyTo, Integer part) {
        Message sent = creator.setStatusCallback(properties.statusCallbackUrl()).create(twilio);
        OutboundMessage message = new OutboundMessage(
                sent.getSid(), customer, body, contentSid, inReplyTo, status(sent), null, clock.instant());
        messages.record(message, part);
        return message;
    }

    private static String status(Message message) {
        return message.getStatus() == null ? "queued" : message.getStatus().toString();
    }
}
