package dev.mockapis.twilio;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The list filters of {@code messages.list}: {@code To}, {@code From}, and {@code DateSent} as a day
 * ({@code 2024-05-01}) or a bound ({@code DateSent<}, {@code DateSent>}; a day or a GMT date-time).
 * A message not yet sent has no {@code date_sent} and matches no date filter. Unreadable dates are
 * ignored.
 */
final class MessageFilter {

    private static final String[] NAMES = {"To", "From", "DateSent", "DateSent<", "DateSent>"};

    private final Map<String, String> given;
    private final Predicate<StoredMessage> predicate;

    private MessageFilter(Map<String, String> given, Predicate<StoredMessage> predicate) {
        this.given = given;
        this.predicate = predicate;
    }

    static MessageFilter from(Map<String, List<String>> query) {
        Map<String, String> given = new LinkedHashMap<>();
        for (String name : NAMES) {
            List<String> values = query.get(name);
            if (values != null && !values.isEmpty() && !values.get(0).isBlank()) {
                given.put(name, values.get(0));
            }
        }
        Predicate<StoredMessage> predicate = message -> true;
        if (given.containsKey("To")) {
            String to = Address.parse(given.get("To")).canonical();
            predicate = predicate.and(message -> message.to().equals(to));
        }
        if (given.containsKey("From")) {
            String from = Address.parse(given.get("From")).canonical();
            predicate = predicate.and(message -> from.equals(message.from()));
        }
        if (given.containsKey("DateSent")) {
            LocalDate day = day(given.get("DateSent"));
            if (day != null) {
                predicate = predicate.and(message -> message.dateSent() != null
                        && message.dateSent()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()
                                .equals(day));
            }
        }
        if (given.containsKey("DateSent<")) {
            Instant bound = bound(given.get("DateSent<"), true);
            if (bound != null) {
                predicate = predicate.and(message ->
                        message.dateSent() != null && !message.dateSent().isAfter(bound));
            }
        }
        if (given.containsKey("DateSent>")) {
            Instant bound = bound(given.get("DateSent>"), false);
            if (bound != null) {
                predicate = predicate.and(message ->
                        message.dateSent() != null && !message.dateSent().isBefore(bound));
            }
        }
        return new MessageFilter(given, predicate);
    }

    boolean matches(StoredMessage message) {
        return predicate.test(message);
    }

    /** The filters as they go back into page URIs. */
    String query() {
        return Paging.encodeQuery(given);
    }

    private static @Nullable LocalDate day(String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    /** A day bound covers the whole day: up to its end for {@code <}, from its start for {@code >}. */
    private static @Nullable Instant bound(String value, boolean upper) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return upper
                        ? day.plusDays(1)
                                .atStartOfDay()
                                .toInstant(ZoneOffset.UTC)
                                .minusSeconds(1)
                        : day.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException noOffset) {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
            }
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
