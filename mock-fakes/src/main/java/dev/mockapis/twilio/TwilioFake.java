package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Callback;
import dev.mockapis.core.Directive;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RequestFingerprint;
import dev.mockapis.core.RouteTable;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A stateful, wire-level fake of Twilio's Programmable Messaging REST API (2010-04-01): messages
 * created, fetched, listed, updated and deleted as the official SDKs expect, with Basic authentication,
 * Twilio's validation errors and test magic numbers, and the status callbacks Twilio would send.
 *
 * <p>A message moves one status per {@code messages.fetch} ({@code queued → sent → delivered}, or to
 * {@code failed}/{@code undelivered} when a scenario says so); nothing moves on a timer. Tests that do
 * not poll can call {@link #deliverAll()}.
 *
 * <pre>{@code
 * TwilioFake twilio = new TwilioFake("AC…", "token", Clock.systemUTC());
 * try (FakeServer server = FakeServer.start(twilio)) {
 *     // point the SDK at server.baseUrl(), send, then:
 *     twilio.deliverAll();
 *     List<StatusCallback> callbacks = twilio.takeStatusCallbacks();
 * }
 * }</pre>
 *
 * <p>WhatsApp's 24-hour customer-service window is state: {@link #receiveInbound(String, String)} (which
 * the webhook simulators call for every inbound message they build) opens or renews it per business
 * sender and customer, and a freeform WhatsApp message sent while it is closed is created, then fails
 * with 63016. Templates ({@code ContentSid}) always go out. The fake's clock, which dates everything and
 * decides when windows close and scheduled messages go out, is moved with {@link #advanceClock(Duration)}
 * and {@link #setClock(Instant)}, never slept on.
 *
 * <p>Templates: the Content API ({@code content.twilio.com/v1/Content}: create, fetch, list, delete,
 * WhatsApp approval requests) is served on the same server, seeded with {@link ContentTemplates}; a
 * {@code ContentSid} on {@code messages.create} must name one of them (21655), its
 * {@code ContentVariables} must fill it (21656), and the message carries the rendered body. Only
 * approved templates go out to WhatsApp outside the window.
 *
 * <p>Thread-safe. {@link #reset()} forgets messages, callbacks, windows and created templates and puts
 * the clock back. Sids are random, as Twilio's are, unless
 * seeded through {@link IdSequence#SEED_PROPERTY}: then a reset restarts them, so a fresh fake hands out
 * the same sids in the same order.
 */
public final class TwilioFake implements FakeApi {

    /** The api name tests use for Twilio. */
    public static final String NAME = "twilio";

    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

    private final String accountSid;
    private final Sids resourceSids;
    private final Sids requestIds;
    private final TwilioErrorFormat errorFormat;
    private final BasicAuthentication authentication;
    private final StatusCallbacks callbacks;
    private final MessageStore store;
    private final TwilioClock clock;
    private final WhatsAppWindows windows = new WhatsAppWindows();
    private final ContentStore contents;
    private final MediaStore media = new MediaStore();
    private final MessagesHandler messages;
    private final InteractiveReplies interactive;
    private final ContentHandler content;
    private final RouteTable routes = TwilioRoutes.table();
    private final ScenarioCatalog scenarios = TwilioScenarios.catalog();

    /**
     * A fake of one Twilio account.
     *
     * @param accountSid the account SID requests must authenticate with and address: {@code AC} and 32 hex digits
     * @param authToken the auth token requests must authenticate with
     * @param clock the clock for resource dates, WhatsApp windows and scheduled sends, before any
     *     {@link #advanceClock(Duration)} or {@link #setClock(Instant)}
     */
    public TwilioFake(String accountSid, String authToken, Clock clock) {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(authToken, "authToken");
        Objects.requireNonNull(clock, "clock");
        if (!ACCOUNT_SID.matcher(accountSid).matches()) {
            throw new IllegalArgumentException(
                    "A Twilio account SID is AC followed by 32 hex digits, was '" + accountSid + "'");
        }
        if (authToken.isBlank()) {
            throw new IllegalArgumentException(
                    "The Twilio fake needs a non-blank auth token to check requests against");
        }
        this.accountSid = accountSid;
        this.resourceSids = new Sids(new IdSequence());
        this.requestIds = new Sids(new IdSequence());
        TwilioHeaders headers = new TwilioHeaders(requestIds);
        this.errorFormat = new TwilioErrorFormat(headers);
        this.authentication = new BasicAuthentication(accountSid, authToken);
        IdSequence callbackIds = new IdSequence();
        this.callbacks = new StatusCallbacks(new Sids(callbackIds).next("XE"), callbackIds);
        this.clock = new TwilioClock(clock);
        this.store = new MessageStore(this.clock, callbacks);
        this.contents = new ContentStore(accountSid, store.now());
        this.messages = new MessagesHandler(
                store, resourceSids, new CreateMessageValidator(this.clock), headers, windows, contents, media);
        this.interactive = new InteractiveReplies(store, contents);
        this.content = new ContentHandler(contents, resourceSids, headers, store::now);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The account SID requests must use. */
    public String accountSid() {
        return accountSid;
    }

    @Override
    public RouteTable routes() {
        return routes;
    }

    @Override
    public ErrorFormat errorFormat() {
        return errorFormat;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    /**
     * Authenticates the call, checks that it addresses this account (another account's path is a 404,
     * as Twilio answers for accounts it does not know), then runs the operation.
     *
     * @param call the routed request
     * @param directive a {@link MessageDirective} on {@code messages.create}, or {@code null}
     * @return the response
     */
    @Override
    public FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        authentication.check(call.request());
        if (TwilioRoutes.isContent(call.operationId())) {
            return content.handle(call, accountSid);
        }
        if (!accountSid.equals(call.pathVariable("AccountSid").orElse(""))) {
            throw TwilioErrors.raise(TwilioErrors.notFound(call.request().path()));
        }
        return messages.handle(call, accountSid, directive);
    }

    /**
     * Reads a scenario file's directive: {@code {deliver: undelivered, errorCode: 30006}} for a
     * {@link DeliveryOutcome}, {@code {outsideWhatsAppWindow: true}} for {@link OutsideWhatsAppWindow},
     * {@code {callbacks: {duplicated: true, outOfOrder: true, delay: PT5M, lateByDeliveries: 1}}} (with
     * {@code deliver} and {@code errorCode} if the message is to fail) for {@link CallbackChaos}.
     */
    @Override
    public @Nullable Directive directive(Map<String, Object> fields) {
        if (fields.isEmpty()) {
            return null;
        }
        JsonNode spec = JsonSupport.mapper().valueToTree(fields);
        if (spec.has("callbacks")) {
            Map<String, Object> rest = new java.util.LinkedHashMap<>(fields);
            rest.remove("callbacks");
            Directive outcome = directive(rest);
            if (outcome != null && !(outcome instanceof DeliveryOutcome)) {
                throw new IllegalArgumentException(
                        "twilio's callbacks directive takes deliver and errorCode beside it, got " + spec);
            }
            return CallbackChaosSpec.read(spec.get("callbacks"), (DeliveryOutcome) outcome);
        }
        if (spec.path("outsideWhatsAppWindow").asBoolean(false) && spec.size() == 1) {
            return new OutsideWhatsAppWindow();
        }
        if (spec.has("deliver")) {
            JsonNode code = spec.get("errorCode");
            return new DeliveryOutcome(
                    spec.get("deliver").asText(), code == null || code.isNull() ? null : code.asInt());
        }
        throw new IllegalArgumentException("twilio takes {deliver: delivered|failed|undelivered, errorCode: 30003},"
                + " {outsideWhatsAppWindow: true} or {callbacks: {duplicated, outOfOrder, delay, lateByDeliveries}},"
                + " got " + spec);
    }

    /** Twilio posts status callbacks: a scripted or recorded {@code messages.create} step may carry them. */
    @Override
    public boolean sendsCallbacks() {
        return true;
    }

    /**
     * Queues the status callbacks a scripted or replayed step carries for the message's
     * {@code StatusCallback} URL, due now, each with its own idempotency token, to be taken with
     * {@link #takeStatusCallbacks()} (the webhook simulators sign them with this fake's auth token). A
     * parameter a recording redacted ({@code <redacted>}) takes the value of the request's parameter of
     * that name, such as {@code To} and {@code From}. A call without a {@code StatusCallback} gets none, as
     * from Twilio.
     */
    @Override
    public void sendCallbacks(ApiCall call, List<Callback> given) {
        Optional<String> url = call.request().formParam("StatusCallback");
        if (url.isEmpty()) {
            return;
        }
        for (Callback callback : given) {
            Map<String, String> params = new LinkedHashMap<>();
            callback.params()
                    .forEach((name, value) -> params.put(
                            name,
                            value.equals(RequestFingerprint.REDACTED)
                                    ? call.request().formParam(name).orElse(value)
                                    : value));
            callbacks.given(url.get(), params, clock.instant());
        }
    }

    /** Twilio answers a rate limit with 429 and code 20429, and documents no rate-limit headers for its REST API. */
    @Override
    public RateLimitFormat rateLimitFormat() {
        return RATE_LIMITS;
    }

    private static final RateLimitFormat RATE_LIMITS = new TwilioRateLimits();

    /** The status callbacks queued so far, due or not, in the order they were queued, without removing them. */
    public List<StatusCallback> pendingStatusCallbacks() {
        return callbacks.pending();
    }

    /**
     * The status callbacks due now, removing them from the queue: oldest first, unless a
     * {@link CallbackChaos} duplicates, reverses or holds them back. Each call counts as one delivery
     * for callbacks that arrive late.
     */
    public List<StatusCallback> takeStatusCallbacks() {
        return callbacks.take(clock.instant());
    }

    /**
     * Moves every message to its final status now, queuing a status callback for each status passed, as
     * if each had been fetched until it stopped changing. Scheduled messages whose {@code SendAt} the
     * clock has not reached stay scheduled.
     */
    public void deliverAll() {
        store.settleAll();
    }

    /**
     * The customer opens a WhatsApp message the application sent, as WhatsApp reports it when read
     * receipts are on: the message settles as {@link #deliverAll()} would settle it, its status becomes
     * {@code read} (on fetch and in the list) and a status callback with {@code MessageStatus=read} and
     * {@code EventType=READ} is queued. Reading a message again changes nothing.
     *
     * @param messageSid the message the application sent
     * @throws IllegalArgumentException when the account has no such message
     * @throws IllegalStateException when it is not a WhatsApp message the application sent, or it does
     *     not end delivered (failed, undelivered, canceled, or scheduled for later)
     */
    public void markRead(String messageSid) {
        store.read(accountSid, Objects.requireNonNull(messageSid, "messageSid"));
    }

    /**
     * Records that Twilio received a message from a customer to one of the account's numbers, now by the
     * fake's clock: for WhatsApp, the 24-hour customer-service window between them opens, or starts
     * again. The webhook simulators call this for every inbound message they build; call it yourself
     * when your test posts inbound webhooks another way.
     *
     * @param from the customer, such as {@code whatsapp:+15551234567}
     * @param to the business sender, such as {@code whatsapp:+14155238886}; SMS numbers open no window
     */
    public void receiveInbound(String from, String to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        windows.inbound(Address.parse(from), Address.parse(to), store.now());
    }

    /**
     * Records an inbound message Twilio received, from the parameters of the webhook Twilio posts for it:
     * the message is then listed and fetched through {@code messages.list} and {@code messages.fetch} as
     * Twilio keeps it (direction {@code inbound}, status {@code received}, {@code from} the customer,
     * {@code to} the business, {@code date_sent} now by the fake's clock, its media counted), and for
     * WhatsApp the 24-hour window opens or starts again, as {@link #receiveInbound(String, String)} does.
     * The webhook simulators call this for every inbound message they build; the same {@code MessageSid}
     * twice is one message.
     *
     * @param webhookParams the webhook's form parameters: {@code MessageSid}, {@code From} and {@code To}
     *     at least; {@code Body}, {@code MessagingServiceSid}, {@code MediaUrl0}... and
     *     {@code MediaContentType0}... when present
     * @throws IllegalArgumentException when {@code MessageSid}, {@code From} or {@code To} is missing
     */
    public void receiveMessage(Map<String, String> webhookParams) {
        Objects.requireNonNull(webhookParams, "webhookParams");
        StoredMessage message =
                ReceivedMessage.from(webhookParams, accountSid, store.nextSequence(), store.now(), resourceSids);
        store.add(message);
        windows.inbound(
                Objects.requireNonNull(message.request().from(), "an inbound message always names its sender"),
                message.request().to(),
                message.dateCreated());
    }

    /**
     * When the 24-hour WhatsApp window between a business sender and a customer closes (or closed), by
     * the fake's clock; empty when the customer never wrote.
     *
     * @param customer such as {@code whatsapp:+15551234567}
     * @param businessSender such as {@code whatsapp:+14155238886}
     */
    public Optional<Instant> whatsAppWindowClosesAt(String customer, String businessSender) {
        return windows.closesAt(
                Address.parse(Objects.requireNonNull(customer, "customer")),
                Address.parse(Objects.requireNonNull(businessSender, "businessSender")));
    }

    /**
     * Stores a file Twilio received with an inbound message, as Twilio keeps every inbound media file:
     * listed, fetched and deleted through the message's Media subresource, and the file itself served
     * at the returned path (with the account's Basic authentication, as Twilio serves media), which the
     * webhook simulators put in {@code MediaUrl0}... after the fake's base URL.
     *
     * @param messageSid the inbound message's {@code MM} sid
     * @param contentType the file's type, such as {@code audio/ogg}
     * @param content the bytes
     * @return the file's path: {@code /2010-04-01/Accounts/AC…/Messages/MM…/Media/ME…}
     */
    public String receiveMedia(String messageSid, String contentType, byte[] content) {
        Objects.requireNonNull(messageSid, "messageSid");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
        StoredMedia stored =
                new StoredMedia(resourceSids.next("ME"), accountSid, messageSid, contentType, content, store.now());
        media.add(stored);
        return stored.contentPath();
    }

    /**
     * Declares what Twilio would download from a media URL the application sends in {@code MediaUrl}, so
     * that the message is checked as Twilio checks it: WhatsApp's and MMS's types (63021, 12300), sizes
     * (63034 for a WhatsApp image over 5 MB, 11751 over the channel's 16 MB or 5 MB) and empty files
     * (63019), the message created, then failed. The file is then served at its Media resource's URI.
     * Media URLs of the fake's own received media need no declaring; other URLs are judged by their
     * extension alone.
     *
     * @param url the URL exactly as the application will send it
     * @param contentType the {@code Content-Type} the URL answers with
     * @param content the bytes it answers with
     */
    public void mediaAt(String url, String contentType, byte[] content) {
        media.declare(
                Objects.requireNonNull(url, "url"),
                Objects.requireNonNull(contentType, "contentType"),
                Objects.requireNonNull(content, "content"));
    }

    /**
     * The customer's answer to a WhatsApp message the application sent with a quick-reply, card or
     * list-picker template: the button or list item with this id, its title and id rendered with the
     * message's {@code ContentVariables}. The webhook simulators' {@code choose} builds the inbound
     * message from it.
     *
     * @param messageSid the sent message
     * @param optionId a button's or list item's {@code id}
     * @throws IllegalArgumentException when the message is unknown, was not sent with an interactive
     *     template, or has no option with that id (naming those it has)
     * @throws IllegalStateException when the message never reaches the customer (it ends failed or undelivered)
     */
    public InteractiveReply interactiveReply(String messageSid, String optionId) {
        Objects.requireNonNull(messageSid, "messageSid");
        Objects.requireNonNull(optionId, "optionId");
        return interactive.reply(accountSid, messageSid, optionId);
    }

    /** The fake's current time: its clock as given, moved by {@link #advanceClock} and {@link #setClock}. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves the fake's clock forward, so that WhatsApp windows close and scheduled messages come due
     * without the test waiting.
     *
     * @throws IllegalArgumentException when the duration is negative
     */
    public void advanceClock(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("The clock only moves forward, by a duration of zero or more, was "
                    + duration + "; use setClock(Instant) to put it anywhere");
        }
        clock.advance(duration);
    }

    /** Sets the fake's clock to read this instant now; it runs on from there. A reset puts it back. */
    public void setClock(Instant instant) {
        clock.set(Objects.requireNonNull(instant, "instant"));
    }

    @Override
    public void reset() {
        store.clear();
        windows.clear();
        media.clear();
        clock.reset();
        contents.reset(store.now());
        callbacks.clear();
        resourceSids.reset();
        requestIds.reset();
    }

    @Override
    public String toString() {
        return "Twilio fake for " + accountSid;
    }
}
