package dev.mockapis.junit;

import dev.mockapis.twilio.InteractiveReply;
import dev.mockapis.twilio.StatusCallback;
import dev.mockapis.twilio.TwilioFake;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Builds the webhooks Twilio sends an application as plain {@code java.net.http} requests, signed with
 * the Twilio fake's auth token: inbound WhatsApp and SMS messages, status callbacks, and the status
 * callbacks the Twilio fake queued for the messages the application sent. The framework-free
 * counterpart of the Spring starter's MockMvc {@code TwilioWebhookSimulator}; injected by
 * {@link MockApisExtension}.
 *
 * <pre>{@code
 * SignedWebhook hello = webhooks.whatsApp("+15551234567", "Hello").postedTo(app + "/twilio/whatsapp");
 * http.send(hello.request(), BodyHandlers.ofString());
 * webhooks.deliverStatusCallbacks(http);
 * }</pre>
 */
public final class TwilioWebhooks {

    /** Twilio's WhatsApp sandbox number, the default {@code To} of inbound WhatsApp messages. */
    public static final String SANDBOX_NUMBER = "whatsapp:+14155238886";

    /** The default {@code To} of inbound SMS: Twilio's test number that accepts everything. */
    public static final String SMS_NUMBER = "+15005550006";

    private final String accountSid;
    private final String authToken;
    private final Supplier<TwilioFake> fake;
    private final Supplier<String> fakeBaseUrl;
    private final String messagingServiceSid = sid("MG");

    TwilioWebhooks(String accountSid, String authToken, Supplier<TwilioFake> fake, Supplier<String> fakeBaseUrl) {
        this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
        this.authToken = Objects.requireNonNull(authToken, "authToken");
        this.fake = Objects.requireNonNull(fake, "fake");
        this.fakeBaseUrl = Objects.requireNonNull(fakeBaseUrl, "fakeBaseUrl");
    }

    /** An inbound WhatsApp message from a number ({@code +15551234567} or {@code whatsapp:+15551234567}). */
    public InboundMessageWebhook whatsApp(String from, String body) {
        return new InboundMessageWebhook(this, true, from, body, SANDBOX_NUMBER);
    }

    /** An inbound SMS from a number to the application's number ({@value #SMS_NUMBER} by default). */
    public InboundMessageWebhook sms(String from, String body) {
        return new InboundMessageWebhook(this, false, from, body, SMS_NUMBER);
    }

    /**
     * The customer's tap on a button (or choice of a list item) of a WhatsApp message the application
     * sent with a quick-reply, card or list-picker template: from the message's recipient to its sender,
     * the option's title as {@code Body}, {@code ButtonText}/{@code ButtonPayload} for a button or
     * {@code ListId}/{@code ListTitle}/{@code ListDescription} for a list item, and
     * {@code OriginalRepliedMessageSid} with {@code OriginalRepliedMessageSender}.
     *
     * @param messageSid the message the application sent
     * @param optionId the button's or item's {@code id} in the template
     * @throws IllegalArgumentException naming the options the message has when it has no such one
     */
    public InboundMessageWebhook choose(String messageSid, String optionId) {
        InteractiveReply reply = fake.get().interactiveReply(messageSid, optionId);
        InboundMessageWebhook message = new InboundMessageWebhook(
                        this, true, reply.customer(), reply.title(), reply.businessSender())
                .inReplyTo(reply.repliedMessageSid());
        return reply.listItem()
                ? message.listReply(reply.id(), reply.title(), reply.description())
                : message.buttonReply(reply.title(), reply.id());
    }

    /** A status callback for a message the application sent. */
    public StatusCallbackWebhook statusCallback(String messageSid, String status) {
        return new StatusCallbackWebhook(this, messageSid, status);
    }

    /**
     * Settles every message the application sent through the Twilio fake (as if Twilio had delivered
     * them, or failed to, as the scenario says) and takes the status callbacks due now, each as a signed
     * webhook for the {@code StatusCallback} URL the application gave (without its fragment of connection
     * overrides), with the callback's idempotency token: oldest first, unless the scenario duplicates,
     * reverses or holds them back (see {@code CallbackChaos}).
     */
    public List<SignedWebhook> takeStatusCallbacks() {
        List<SignedWebhook> webhooks = new ArrayList<>();
        for (StatusCallback callback : settleAndTake()) {
            webhooks.add(webhook(callback));
        }
        return webhooks;
    }

    /**
     * Posts every status callback due now with the given client, signed, in the order
     * {@link #takeStatusCallbacks()} gives. A callback the application answers with an HTTP error is sent
     * again, with the same idempotency token, as often as its URL's connection overrides say
     * ({@code #rp=5xx&rc=3}; without {@code rp} Twilio retries no HTTP error).
     *
     * @return the callbacks delivered, in the order posted
     * @throws AssertionError when the application answers a callback's last attempt with anything but a 2xx status
     * @throws IOException when one cannot be sent
     * @throws InterruptedException when interrupted while sending
     */
    public List<SignedWebhook> deliverStatusCallbacks(HttpClient client) throws IOException, InterruptedException {
        List<SignedWebhook> delivered = new ArrayList<>();
        for (StatusCallback callback : settleAndTake()) {
            SignedWebhook webhook = webhook(callback);
            int attempts = 0;
            int status;
            do {
                attempts++;
                status = client.send(webhook.request(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } while (status / 100 != 2 && attempts < callback.attempts(status));
            if (status / 100 != 2) {
                throw new AssertionError("The application answered the status callback " + webhook + " with " + status
                        + (attempts > 1 ? " on all " + attempts + " attempts" : "")
                        + "; Twilio would give up and log error 11200");
            }
            delivered.add(webhook);
        }
        return delivered;
    }

    /** The account SID the webhooks carry. */
    public String accountSid() {
        return accountSid;
    }

    /**
     * Twilio has received an inbound message: the fake keeps it (listed and fetched as {@code inbound},
     * {@code received}) and it opens the WhatsApp window.
     */
    void received(Map<String, String> params) {
        fake.get().receiveMessage(params);
    }

    String messagingServiceSid() {
        return messagingServiceSid;
    }

    TwilioFake fake() {
        return fake.get();
    }

    /** Where the Twilio fake serves the media files it stores. */
    String fakeBaseUrl() {
        return fakeBaseUrl.get();
    }

    private List<StatusCallback> settleAndTake() {
        TwilioFake twilio = fake.get();
        twilio.deliverAll();
        return twilio.takeStatusCallbacks();
    }

    private SignedWebhook webhook(StatusCallback callback) {
        return new SignedWebhook(
                URI.create(callback.deliveryUrl()), callback.params(), callback.idempotencyToken(), authToken);
    }

    SignedWebhook webhook(URI url, Map<String, String> params) {
        return new SignedWebhook(url, params, UUID.randomUUID().toString(), authToken);
    }

    static String sid(String prefix) {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
