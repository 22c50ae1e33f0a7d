package dev.mockapis.sample.delivery;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends WhatsApp messages through twilio-java, each with a {@code StatusCallback} so Twilio reports its
 * delivery, and records them.
 */
@Component
public class OutboundMessenger {

    private final TwilioRestClient twilio;
    private final TwilioProperties properties;
    private final OutboundMessages messages;
    private final JsonMapper json;
    private final Clock clock;

    OutboundMessenger(TwilioRestClient twilio, TwilioProperties properties, OutboundMessages messages, JsonMapper json, Clock clock) {
        this.twilio = twilio;
        this.properties = properties;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Sends a freeform reply.
     *
     * @param inReplyTo the inbound message it answers
     * @throws com.twilio.exception.ApiException when Twilio refuses it
     */
    public OutboundMessage sendText(String customer, String text, String inReplyTo) {
        return send(Message.creator(new PhoneNumber(customer), new PhoneNumber(properties.whatsappNumber()), text), customer, text, null, inReplyTo);
    }

    /**
     * Sends an approved template, which WhatsApp delivers even outside the 24-hour window.
     *
     * @param variables the template's variables by position, such as {@code 1 → "Your order has shipped"}
     * @param replacing the message the template stands in for
     */
    public OutboundMessage sendTemplate(String customer, String contentSid, Map<String, String> variables, String replacing) {
        MessageCreator creator = Message.creator(new PhoneNumber(customer), new PhoneNumber(properties.whatsappNumber()), (String) null)
                .setContentSid(contentSid)
                .setContentVariables(json.writeValueAsString(variables));
        return send(creator, customer, null, contentSid, replacing);
    }

    private OutboundMessage send(MessageCreator creator, String customer, String body, String contentSid, String inReplyTo) {
        Message sent = creator.setStatusCallback(properties.statusCallbackUrl()).create(twilio);
        OutboundMessage message = new OutboundMessage(sent.getSid(), customer, body, contentSid, inReplyTo,
                sent.getStatus() == null ? "queued" : sent.getStatus().toString(), null, clock.instant());
        messages.record(message);
        return message;
    }
}
