package dev.mockapis;

import dev.mockapis.twilio.InteractiveReply;
import dev.mockapis.twilio.StatusCallback;
import dev.mockapis.twilio.TwilioFake;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.NullMarked;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Builds the webhooks Twilio sends an application, as MockMvc requests signed with the Twilio fake's
 * auth token: inbound WhatsApp and SMS messages, status callbacks, and the status callbacks the Twilio
 * fake queued for the messages the application sent. A bean in every context with the Twilio fake
 * enabled and spring-test's MockMvc on the classpath.
 *
 * <pre>{@code
 * TwilioWebhook hello = simulator.whatsApp("+15551234567", "Hello").postedTo("/twilio/whatsapp");
 * mockMvc.perform(hello.request()).andExpect(status().isOk());
 * mockMvc.perform(hello.forged()).andExpect(status().isForbidden());
 * simulator.deliverStatusCallbacks(mockMvc);
 * }</pre>
 */
@NullMarked
public final class TwilioWebhookSimulator {

    /** Twilio's WhatsApp sandbox number, the default {@code To} of inbound messages. */
    public static final String SANDBOX_NUMBER = "whatsapp:+14155238886";

    private final String accountSid;
    private final String authToken;
    private final String webhookBaseUrl;
    private final String messagingServiceSid;
    private final MockApiServers servers;

    /**
     * A simulator for one Twilio account.
     *
     * @param accountSid the account the webhooks are for
     * @param authToken the auth token they are signed with
     * @param webhookBaseUrl scheme, host and port of the URLs the application sees, such as {@code http://localhost}
     * @param servers the fakes, for the status callbacks the Twilio fake queued
     */
    public TwilioWebhookSimulator(String accountSid, String authToken, String webhookBaseUrl, MockApiServers servers) {
        this.accountSid = Objects.requireNonNull(accountSid, "accountSid");
        this.authToken = Objects.requireNonNull(authToken, "authToken");
        this.webhookBaseUrl = stripTrailingSlash(Objects.requireNonNull(webhookBaseUrl, "webhookBaseUrl"));
        this.messagingServiceSid = sid("MG");
        this.servers = servers;
    }

    /** An inbound WhatsApp message from a number ({@code +15551234567} or {@code whatsapp:+15551234567}). */
    public InboundMessage whatsApp(String from, String body) {
        return new InboundMessage(this, true, from, body, SANDBOX_NUMBER);
    }

    /** An inbound SMS from a number to the application's number ({@code +15005550006} by default). */
    public InboundMessage sms(String from, String body) {
        return new InboundMessage(this, false, from, body, "+15005550006");
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
    public InboundMessage choose(String messageSid, String optionId) {
        InteractiveReply reply = fake().interactiveReply(messageSid, optionId);
        InboundMessage message = new InboundMessage(this, true, reply.customer(), reply.title(), reply.businessSender())
                .inReplyTo(reply.repliedMessageSid());
        return reply.listItem()
                ? message.listReply(reply.id(), reply.title(), reply.description())
                : message.buttonReply(reply.title(), reply.id());
    }

    /** A status callback for a message the application sent. */
    public StatusCallbackBuilder statusCallback(String messageSid, String status) {
        return new StatusCallbackBuilder(this, messageSid, status);
    }

    /**
     * Settles every message the application sent through the Twilio fake (as if Twilio had delivered
     * them, or failed to, as the scenario says) and takes the status callbacks due now, each as a signed
     * webhook for the {@code StatusCallback} URL the application gave (without its fragment of connection
     * overrides), with the callback's idempotency token: oldest first, unless the scenario duplicates,
     * reverses or holds them back (see {@code CallbackChaos}).
     */
    public List<TwilioWebhook> takeStatusCallbacks() {
        List<TwilioWebhook> webhooks = new ArrayList<>();
        for (StatusCallback callback : settleAndTake()) {
            webhooks.add(webhook(callback));
        }
        return webhooks;
    }

    /**
     * Posts every status callback due now through MockMvc, signed, in the order
     * {@link #takeStatusCallbacks()} gives. A callback the application answers with an HTTP error is sent
     * again, the same request with the same idempotency token, as often as its URL's connection
     * overrides say ({@code #rp=5xx&rc=3}: three more attempts after a 5xx; without {@code rp} Twilio
     * retries no HTTP error).
     *
     * @return the callbacks delivered, in the order posted
     * @throws AssertionError when the application answers a callback's last attempt with anything but a 2xx status
     */
    public List<TwilioWebhook> deliverStatusCallbacks(MockMvc mockMvc) throws Exception {
        List<TwilioWebhook> delivered = new ArrayList<>();
        for (StatusCallback callback : settleAndTake()) {
            TwilioWebhook webhook = webhook(callback);
            int attempts = 0;
            int status;
            do {
                attempts++;
                MockHttpServletResponse response =
                        mockMvc.perform(webhook.request()).andReturn().getResponse();
                status = response.getStatus();
            } while (status / 100 != 2 && attempts < callback.attempts(status));
            if (status / 100 != 2) {
                throw new AssertionError("The application answered the status callback " + webhook + " with "
                        + status + (attempts > 1 ? " on all " + attempts + " attempts" : "")
                        + "; Twilio would give up and log error 11200"
                        + (status == 401 || status == 403
                                ? ". The callback is signed with mockapis.twilio.auth-token: map the application's"
                                        + " own auth token to it, e.g. twilio.auth-token=${mockapis.twilio.auth-token}"
                                : ""));
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
     * The Twilio fake the simulated messages reach, for its clock and WhatsApp windows:
     * {@code simulator.fake().advanceClock(Duration.ofHours(25))} closes every window opened so far.
     */
    public TwilioFake fake() {
        return (TwilioFake) servers.server(TwilioFake.NAME).api();
    }

    /**
     * Twilio has received an inbound message: the fake keeps it (listed and fetched as {@code inbound},
     * {@code received}) and it opens the WhatsApp window.
     */
    void received(Map<String, String> params) {
        fake().receiveMessage(params);
    }

    String messagingServiceSid() {
        return messagingServiceSid;
    }

    private List<StatusCallback> settleAndTake() {
        TwilioFake fake = fake();
        fake.deliverAll();
        return fake.takeStatusCallbacks();
    }

    private TwilioWebhook webhook(StatusCallback callback) {
        return new TwilioWebhook(callback.deliveryUrl(), callback.params(), callback.idempotencyToken(), authToken);
    }

    /** Where the Twilio fake serves the media files it stores. */
    String fakeBaseUrl() {
        return servers.baseUrl(TwilioFake.NAME);
    }

    TwilioWebhook webhook(String path, Map<String, String> params) {
        String url = path.startsWith("http://") || path.startsWith("https://")
                ? path
                : webhookBaseUrl + (path.startsWith("/") ? path : "/" + path);
        return new TwilioWebhook(url, params, idempotencyToken(), authToken);
    }

    String sid(String prefix) {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }

    private static String idempotencyToken() {
        return UUID.randomUUID().toString();
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
