package dev.mockapis.twilio;

import dev.mockapis.core.ProviderError;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@code messages.create} form the way Twilio does and turns it into a {@link NewMessage}, or
 * throws Twilio's 400 error for the first problem: missing parameters (21604, 21603, 21619), malformed
 * addresses (21211, 21212, 21705, 21910), the magic test numbers, body length (21617), media URLs
 * (21620) and their number (21623, more than 10), {@code ContentVariables} without {@code ContentSid} (21654) and scheduling (35111, 35115, 35118).
 */
final class CreateMessageValidator {

    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-fA-F]{32}");
    private static final int MAX_BODY_LENGTH = 1600;
    private static final int MAX_MEDIA = 10;
    private static final Duration MIN_SCHEDULE_LEAD = Duration.ofSeconds(300);
    private static final Duration MAX_SCHEDULE_LEAD = Duration.ofDays(35);

    private final Clock clock;

    CreateMessageValidator(Clock clock) {
        this.clock = clock;
    }

    NewMessage validate(Map<String, List<String>> form) {
        Optional<String> rawTo = nonBlank(form, "To");
        Optional<String> rawFrom = nonBlank(form, "From");
        Optional<String> serviceSid = nonBlank(form, "MessagingServiceSid");
        String body = first(form, "Body").orElse(null);
        List<String> mediaUrls = form.getOrDefault("MediaUrl", List.of()).stream()
                .filter(url -> !url.isBlank())
                .toList();
        String contentSid = nonBlank(form, "ContentSid").orElse(null);
        String contentVariables = nonBlank(form, "ContentVariables").orElse(null);

        if (rawTo.isEmpty()) {
            throw TwilioErrors.raise(TwilioErrors.toRequired());
        }
        if (rawFrom.isEmpty() && serviceSid.isEmpty()) {
            throw TwilioErrors.raise(TwilioErrors.fromRequired());
        }
        if ((body == null || body.isEmpty()) && mediaUrls.isEmpty() && contentSid == null) {
            throw TwilioErrors.raise(TwilioErrors.contentRequired());
        }

        Address to = Address.parse(rawTo.get());
        Address from = rawFrom.map(Address::parse).orElse(null);
        check(to.isValidRecipient(), TwilioErrors.invalidTo(to.raw()));
        if (from != null) {
            check(from.isValidSender(), TwilioErrors.invalidFrom(from.raw()));
        }
        serviceSid.ifPresent(
                sid -> check(MESSAGING_SERVICE_SID.matcher(sid).matches(), TwilioErrors.invalidMessagingService()));
        if (from != null) {
            check(from.channel().equals(to.channel()), TwilioErrors.channelMismatch());
            MagicNumbers.fromError(from).ifPresent(CreateMessageValidator::fail);
        }
        MagicNumbers.toError(to, from == null ? "" : from.raw()).ifPresent(CreateMessageValidator::fail);
        check(contentVariables == null || contentSid != null, TwilioErrors.contentSidRequired());
        check(body == null || body.length() <= MAX_BODY_LENGTH, TwilioErrors.bodyTooLong());
        List<String> invalidMedia =
                mediaUrls.stream().filter(url -> !isHttpUrl(url)).toList();
        check(invalidMedia.isEmpty(), TwilioErrors.invalidMediaUrls(String.join(", ", invalidMedia)));
        check(mediaUrls.size() <= MAX_MEDIA, TwilioErrors.tooManyMedia());

        Instant sendAt = scheduledSendAt(form, serviceSid.isPresent());
        return new NewMessage(
                to,
                from,
                serviceSid.orElse(null),
                body,
                mediaUrls,
                contentSid,
                contentVariables,
                nonBlank(form, "StatusCallback").orElse(null),
                first(form, "ProvideFeedback")
                        .map(value -> value.equalsIgnoreCase("true"))
                        .orElse(false),
                sendAt);
    }

    private @Nullable Instant scheduledSendAt(Map<String, List<String>> form, boolean hasMessagingService) {
        boolean fixed = first(form, "ScheduleType")
                .map(type -> type.toLowerCase(Locale.ROOT).equals("fixed"))
                .orElse(false);
        if (!fixed) {
            return null;
        }
        check(hasMessagingService, TwilioErrors.schedulingNeedsMessagingService());
        String rawSendAt =
                nonBlank(form, "SendAt").orElseThrow(() -> TwilioErrors.raise(TwilioErrors.sendAtRequired()));
        Instant sendAt = parseSendAt(rawSendAt);
        Instant now = clock.instant();
        boolean inWindow = sendAt.isAfter(now.plus(MIN_SCHEDULE_LEAD)) && !sendAt.isAfter(now.plus(MAX_SCHEDULE_LEAD));
        check(inWindow, TwilioErrors.unsupportedSendAt());
        return sendAt;
    }

    /** ISO 8601; twilio-java sends it without an offset ({@code 2024-05-01T10:00:00}), which Twilio reads as UTC. */
    private static Instant parseSendAt(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                throw TwilioErrors.raise(TwilioErrors.unsupportedSendAt());
            }
        }
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    private static Optional<String> first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Optional<String> nonBlank(Map<String, List<String>> form, String name) {
        return first(form, name).filter(value -> !value.isBlank());
    }

    private static void check(boolean condition, ProviderError otherwise) {
        if (!condition) {
            fail(otherwise);
        }
    }

    private static void fail(ProviderError error) {
        throw TwilioErrors.raise(error);
    }
}
