package dev.mockapis.twilio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the parameters of an inbound-message webhook into the Message resource Twilio keeps for it:
 * direction {@code inbound}, status {@code received}, from the customer to the business, dated when it
 * arrived.
 */
final class ReceivedMessage {

    private static final Pattern MEDIA_SID = Pattern.compile("/Media/(ME[0-9a-fA-F]{32})$");

    private ReceivedMessage() {}

    /**
     * @param params the webhook's parameters: {@code MessageSid}, {@code From} and {@code To} at least
     * @throws IllegalArgumentException naming the parameter that is missing
     */
    static StoredMessage from(Map<String, String> params, String accountSid, long sequence, Instant now, Sids sids) {
        String sid = required(params, "MessageSid");
        Address from = Address.parse(required(params, "From"));
        Address to = Address.parse(required(params, "To"));
        String body = params.getOrDefault("Body", "");
        List<Media> media = media(params, sids);
        NewMessage request = new NewMessage(
                to,
                from,
                blankToNull(params.get("MessagingServiceSid")),
                body,
                media.stream().map(Media::url).toList(),
                null,
                null,
                null,
                false,
                null);
        return new StoredMessage(
                sid,
                accountSid,
                sequence,
                request,
                from.canonical(),
                body,
                media,
                List.of(MessageStatus.RECEIVED),
                0,
                null,
                now,
                now,
                now);
    }

    /** {@code MediaUrl0}... as the webhook numbers them; the file's own sid when the fake stores it. */
    private static List<Media> media(Map<String, String> params, Sids sids) {
        List<Media> media = new ArrayList<>();
        for (int i = 0; params.containsKey("MediaUrl" + i); i++) {
            String url = Objects.requireNonNull(
                    params.get("MediaUrl" + i), "the loop runs while MediaUrl" + i + " is given");
            String type = params.getOrDefault("MediaContentType" + i, Media.contentTypeOf(url));
            Matcher stored = MEDIA_SID.matcher(url);
            media.add(new Media(stored.find() ? stored.group(1) : sids.next("ME"), url, type));
        }
        return media;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An inbound message needs its " + name
                    + " parameter, as Twilio's webhook carries it; got " + params.keySet());
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
