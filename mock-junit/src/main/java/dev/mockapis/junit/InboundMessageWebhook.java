package dev.mockapis.junit;

import dev.mockapis.twilio.AbstractInboundMessage;
import java.net.URI;
import java.util.Map;

/**
 * An inbound WhatsApp or SMS message as Twilio posts it to an application's webhook, built from
 * {@link TwilioWebhooks}. Every parameter Twilio sends is filled in; set the ones a test cares about,
 * then {@link #postedTo(String)} gives the signed webhook.
 *
 * <pre>{@code
 * SignedWebhook webhook = webhooks.whatsApp("+15551234567", "Where is my order?")
 *         .profileName("Ana")
 *         .postedTo("http://localhost:8080/twilio/whatsapp");
 * }</pre>
 */
public final class InboundMessageWebhook extends AbstractInboundMessage<InboundMessageWebhook> {

    private final TwilioWebhooks webhooks;

    InboundMessageWebhook(TwilioWebhooks webhooks, boolean whatsApp, String from, String body, String to) {
        super(whatsApp, from, body, to);
        this.webhooks = webhooks;
    }

    /**
     * The webhook Twilio would post to this URL of the application, signed for it.
     *
     * @param url the absolute URL, such as {@code http://localhost:8080/twilio/whatsapp}
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public SignedWebhook postedTo(String url) {
        return postedTo(URI.create(url));
    }

    /**
     * The webhook Twilio would post to this URL of the application; see {@link #postedTo(String)}. Twilio
     * has received the message from then on: a WhatsApp message opens (or renews) the sender's 24-hour
     * window with the application's number in the Twilio fake, and files {@link #attach attached} to it
     * are stored and served by the fake.
     */
    public SignedWebhook postedTo(URI url) {
        Map<String, String> params = params(
                webhooks.accountSid(),
                webhooks.messagingServiceSid(),
                TwilioWebhooks::sid,
                webhooks.fake(),
                webhooks.fakeBaseUrl());
        SignedWebhook webhook = webhooks.webhook(url, params);
        webhooks.received(params);
        return webhook;
    }
}
