package dev.mockapis;

import dev.mockapis.twilio.AbstractInboundMessage;
import java.util.Map;
import org.jspecify.annotations.NullMarked;

/**
 * An inbound WhatsApp or SMS message as Twilio posts it to an application's webhook, built from a
 * {@link TwilioWebhookSimulator}. Every parameter Twilio sends is filled in; set the ones a test cares
 * about, then {@link #postedTo(String)} gives the webhook.
 *
 * <pre>{@code
 * mockMvc.perform(simulator.whatsApp("+15551234567", "Where is my order?")
 *         .profileName("Ana")
 *         .postedTo("/twilio/whatsapp")
 *         .request());
 * }</pre>
 */
@NullMarked
public final class InboundMessage extends AbstractInboundMessage<InboundMessage> {

    private final TwilioWebhookSimulator simulator;

    InboundMessage(TwilioWebhookSimulator simulator, boolean whatsApp, String from, String body, String to) {
        super(whatsApp, from, body, to);
        this.simulator = simulator;
    }

    /**
     * The webhook Twilio would post to this path of the application, signed for
     * {@code mockapis.twilio.webhook-base-url} (http://localhost by default) followed by the path. Twilio
     * has received the message from then on: a WhatsApp message opens (or renews) the sender's 24-hour
     * window with the application's number in the Twilio fake, and files {@link #attach attached} to it
     * are stored and served by the fake.
     */
    public TwilioWebhook postedTo(String path) {
        Map<String, String> params = params(
                simulator.accountSid(),
                simulator.messagingServiceSid(),
                simulator::sid,
                simulator.fake(),
                simulator.fakeBaseUrl());
        TwilioWebhook webhook = simulator.webhook(path, params);
        simulator.received(params);
        return webhook;
    }
}
