package dev.mockapis.twilio;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every inbound-message builder shares, whichever way the webhook then reaches the application
 * (MockMvc, {@code java.net.http}, the standalone server): the parameters Twilio posts for an inbound
 * WhatsApp or SMS message, all filled in, with setters for those a test cares about.
 *
 * @param <S> the concrete builder, returned by every setter
 */
public abstract class AbstractInboundMessage<S extends AbstractInboundMessage<S>> {

    private final boolean whatsApp;
    private final String from;
    private final String body;
    private String to;
    private String profileName = "Test User";
    private @Nullable String messageSid;
    private @Nullable String messagingServiceSid;
    private @Nullable String buttonText;
    private @Nullable String buttonPayload;
    private @Nullable String listId;
    private @Nullable String listTitle;
    private @Nullable String listDescription;
    private @Nullable String originalRepliedMessageSid;
    private @Nullable String originalRepliedMessageSender;
    private boolean sharedContact;
    private @Nullable Location location;
    private final List<Media> media = new ArrayList<>();
    private final Map<String, String> extra = new LinkedHashMap<>();

    /**
     * A message from a number to another.
     *
     * @param whatsApp whether it came through WhatsApp ({@code whatsapp:} addresses, WhatsApp's extra parameters)
     * @param from the sender, with or without the {@code whatsapp:} prefix
     * @param body the text
     * @param to the application's number
     */
    protected AbstractInboundMessage(boolean whatsApp, String from, String body, String to) {
        this.whatsApp = whatsApp;
        this.from = address(whatsApp, Objects.requireNonNull(from, "from"));
        this.body = Objects.requireNonNull(body, "body");
        this.to = address(whatsApp, Objects.requireNonNull(to, "to"));
    }

    /** The number the message was sent to, the application's. */
    public S to(String number) {
        this.to = address(whatsApp, Objects.requireNonNull(number, "number"));
        return self();
    }

    /** The sender's WhatsApp profile name ({@code ProfileName}); {@code Test User} by default. */
    public S profileName(String name) {
        this.profileName = Objects.requireNonNull(name, "name");
        return self();
    }

    /**
     * Attaches media hosted elsewhere ({@code MediaUrl0}, {@code MediaContentType0}, ...): the URL is
     * passed on as given and nothing serves it. See {@link #attach(String, byte[])} for a file the
     * application can download.
     */
    public S media(String url, String contentType) {
        media.add(new Media(
                Objects.requireNonNull(url, "url"), Objects.requireNonNull(contentType, "contentType"), null));
        return self();
    }

    /**
     * Attaches a file the customer sent (a voice note, a photo, a document), stored by the Twilio fake
     * as Twilio stores inbound media: {@code MediaUrl0}... is the file's URL on the fake, which serves the
     * bytes to requests with the account's Basic authentication (account SID and auth token), and the
     * message's Media subresource lists it.
     *
     * @param contentType the file's type, such as {@code audio/ogg} for a WhatsApp voice note
     * @param content the file's bytes
     */
    public S attach(String contentType, byte[] content) {
        media.add(new Media(
                null,
                Objects.requireNonNull(contentType, "contentType"),
                Objects.requireNonNull(content, "content").clone()));
        return self();
    }

    /** Makes this a WhatsApp quick-reply button press ({@code ButtonText}, {@code ButtonPayload}). */
    public S buttonReply(String text, String payload) {
        this.buttonText = Objects.requireNonNull(text, "text");
        this.buttonPayload = Objects.requireNonNull(payload, "payload");
        return self();
    }

    /**
     * Makes this a WhatsApp list-picker choice ({@code ListId}, {@code ListTitle}, {@code ListDescription},
     * {@code MessageType=interactive}).
     *
     * @param id the item's id
     * @param title the item's title, which is also the message's body
     * @param description the item's description, or {@code null} for none
     */
    public S listReply(String id, String title, @Nullable String description) {
        this.listId = Objects.requireNonNull(id, "id");
        this.listTitle = Objects.requireNonNull(title, "title");
        this.listDescription = description;
        return self();
    }

    /**
     * Makes this a WhatsApp location the customer shared ({@code Latitude}, {@code Longitude},
     * {@code MessageType=location}), with the place's {@code Label} and {@code Address} when they picked
     * a named place rather than dropping a pin.
     *
     * @param latitude -90 to 90
     * @param longitude -180 to 180
     * @param label the place's name, or {@code null}
     * @param address the place's address, or {@code null}
     * @throws IllegalArgumentException for coordinates off the globe
     */
    public S location(double latitude, double longitude, @Nullable String label, @Nullable String address) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("A location's latitude is -90 to 90 and its longitude -180 to 180, was "
                    + latitude + ", " + longitude);
        }
        this.location = new Location(
                BigDecimal.valueOf(latitude).toPlainString(),
                BigDecimal.valueOf(longitude).toPlainString(),
                label,
                address);
        return self();
    }

    /**
     * Makes this a reply to a message the application sent: {@code OriginalRepliedMessageSid} and, as
     * Twilio posts beside it, {@code OriginalRepliedMessageSender}, the message's sender, here the
     * number this message goes to.
     */
    public S inReplyTo(String messageSid) {
        this.originalRepliedMessageSid = Objects.requireNonNull(messageSid, "messageSid");
        this.originalRepliedMessageSender = null;
        return self();
    }

    /**
     * Makes this a reply to a message someone else sent, such as the customer's own earlier message:
     * {@code OriginalRepliedMessageSid} and {@code OriginalRepliedMessageSender}.
     *
     * @param sender who sent the quoted message, with or without the {@code whatsapp:} prefix
     */
    public S inReplyTo(String messageSid, String sender) {
        this.originalRepliedMessageSid = Objects.requireNonNull(messageSid, "messageSid");
        this.originalRepliedMessageSender = address(whatsApp, Objects.requireNonNull(sender, "sender"));
        return self();
    }

    /**
     * Makes this a contact card the customer shared, as Twilio delivers one from WhatsApp: the vCard is a
     * media file ({@code MediaContentType0=text/vcard}, {@code MediaUrl0} served by the Twilio fake
     * like any {@link #attach attached} file) and {@code MessageType=contacts}. Twilio posts such a
     * message with an empty {@code Body}: build it with {@code ""}.
     *
     * @param vCard the card as WhatsApp writes it ({@code BEGIN:VCARD} ... {@code END:VCARD})
     * @throws IllegalArgumentException when the text is not a vCard
     */
    public S sharedContact(String vCard) {
        Objects.requireNonNull(vCard, "vCard");
        if (!vCard.strip().startsWith("BEGIN:VCARD") || !vCard.strip().endsWith("END:VCARD")) {
            throw new IllegalArgumentException("A shared contact is a vCard, from BEGIN:VCARD to END:VCARD");
        }
        this.sharedContact = true;
        return attach("text/vcard", vCard.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Makes this a contact card the customer shared, with a name and a phone number, written as WhatsApp
     * writes a contact's vCard (version 3.0, the number with its WhatsApp id): see {@link #sharedContact(String)}.
     *
     * @param name the contact's name
     * @param phoneNumber the contact's number in E.164 form, such as {@code +15557654321}
     */
    public S sharedContact(String name, String phoneNumber) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        if (!phoneNumber.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException(
                    "A contact's number is in E.164 form, such as +15557654321, was " + phoneNumber);
        }
        String text = name.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,");
        return sharedContact("BEGIN:VCARD\r\nVERSION:3.0\r\nN:;" + text + ";;;\r\nFN:" + text
                + "\r\nTEL;type=CELL;waid=" + phoneNumber.substring(1) + ":" + phoneNumber + "\r\nEND:VCARD\r\n");
    }

    /** Fixes the message SID instead of generating one. */
    public S messageSid(String sid) {
        this.messageSid = Objects.requireNonNull(sid, "sid");
        return self();
    }

    /** The messaging service the number belongs to ({@code MessagingServiceSid}); generated by default. */
    public S messagingServiceSid(String sid) {
        this.messagingServiceSid = Objects.requireNonNull(sid, "sid");
        return self();
    }

    /** Adds or replaces any other parameter, such as {@code Forwarded}. */
    public S param(String name, String value) {
        extra.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
        return self();
    }

    /**
     * The parameters Twilio would post, in Twilio's order.
     *
     * @param accountSid the account the message arrived on
     * @param defaultMessagingServiceSid the messaging service, unless one was set
     * @param newSid makes a SID of the given prefix ({@code SM}, {@code MM}) when none was set
     */
    protected final Map<String, String> params(
            String accountSid, String defaultMessagingServiceSid, Function<String, String> newSid) {
        if (media.stream().anyMatch(file -> file.url() == null)) {
            throw new IllegalStateException("Attached files need the Twilio fake to serve them");
        }
        return collect(accountSid, defaultMessagingServiceSid, newSid, null, "");
    }

    /**
     * The parameters Twilio would post, in Twilio's order, with every {@link #attach attached} file
     * stored in the Twilio fake and its {@code MediaUrl} pointing at the fake.
     *
     * @param accountSid the account the message arrived on
     * @param defaultMessagingServiceSid the messaging service, unless one was set
     * @param newSid makes a SID of the given prefix ({@code SM}, {@code MM}) when none was set
     * @param fake the Twilio fake that stores and serves attached files
     * @param fakeBaseUrl the fake's base URL (scheme, host and port)
     */
    protected final Map<String, String> params(
            String accountSid,
            String defaultMessagingServiceSid,
            Function<String, String> newSid,
            TwilioFake fake,
            String fakeBaseUrl) {
        return collect(accountSid, defaultMessagingServiceSid, newSid, fake, fakeBaseUrl);
    }

    private Map<String, String> collect(
            String accountSid,
            String defaultMessagingServiceSid,
            Function<String, String> newSid,
            @Nullable TwilioFake fake,
            String fakeBaseUrl) {
        String sid = messageSid != null ? messageSid : newSid.apply(media.isEmpty() ? "SM" : "MM");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("SmsMessageSid", sid);
        params.put("NumMedia", Integer.toString(media.size()));
        if (whatsApp) {
            params.put("ProfileName", profileName);
            params.put("MessageType", messageType());
        }
        params.put("SmsSid", sid);
        if (whatsApp) {
            params.put("WaId", from.substring(from.indexOf(':') + 1).replace("+", ""));
        }
        params.put("SmsStatus", "received");
        params.put("Body", body);
        params.put("To", to);
        if (buttonText != null) {
            params.put("ButtonText", buttonText);
            params.put("ButtonPayload", buttonPayload);
        }
        if (listId != null) {
            params.put("ListId", listId);
            params.put("ListTitle", listTitle);
            if (listDescription != null) {
                params.put("ListDescription", listDescription);
            }
        }
        if (location != null) {
            params.put("Latitude", location.latitude());
            params.put("Longitude", location.longitude());
            if (location.address() != null) {
                params.put("Address", location.address());
            }
            if (location.label() != null) {
                params.put("Label", location.label());
            }
        }
        if (originalRepliedMessageSid != null) {
            params.put(
                    "OriginalRepliedMessageSender",
                    originalRepliedMessageSender != null ? originalRepliedMessageSender : to);
            params.put("OriginalRepliedMessageSid", originalRepliedMessageSid);
        }
        params.put("NumSegments", "1");
        if (whatsApp) {
            params.put("ReferralNumMedia", "0");
        }
        params.put("MessageSid", sid);
        params.put("AccountSid", accountSid);
        params.put(
                "MessagingServiceSid", messagingServiceSid != null ? messagingServiceSid : defaultMessagingServiceSid);
        params.put("From", from);
        for (int i = 0; i < media.size(); i++) {
            Media file = media.get(i);
            String url = file.url();
            if (url == null) {
                TwilioFake storing =
                        Objects.requireNonNull(fake, "files without a URL are refused unless a fake stores them");
                url = stripTrailingSlash(fakeBaseUrl)
                        + storing.receiveMedia(
                                sid,
                                file.contentType(),
                                Objects.requireNonNull(file.content(), "a file without a URL carries its bytes"));
            }
            params.put("MediaContentType" + i, file.contentType());
            params.put("MediaUrl" + i, url);
        }
        params.put("ApiVersion", "2010-04-01");
        params.putAll(extra);
        return params;
    }

    @SuppressWarnings("unchecked")
    private S self() {
        return (S) this;
    }

    private String messageType() {
        if (buttonText != null) {
            return "button";
        }
        if (listId != null) {
            return "interactive";
        }
        if (location != null) {
            return "location";
        }
        if (sharedContact) {
            return "contacts";
        }
        if (media.isEmpty()) {
            return "text";
        }
        String type = media.get(0).contentType().toLowerCase(Locale.ROOT);
        for (String kind : List.of("image", "audio", "video")) {
            if (type.startsWith(kind + "/")) {
                return kind;
            }
        }
        return "document";
    }

    private static String address(boolean whatsApp, String number) {
        return !whatsApp || number.startsWith("whatsapp:") ? number : "whatsapp:" + number;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** A shared location, its coordinates as Twilio writes them. */
    private record Location(
            String latitude,
            String longitude,
            @Nullable String label,
            @Nullable String address) {}

    /** A file by URL, or by content ({@code url} null) for the fake to store. */
    private record Media(@Nullable String url, String contentType, byte @Nullable [] content) {}
}
