package dev.mockapis.sample.booking;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A bookable time offered to a customer as a WhatsApp button: the button's id says what tapping it
 * books, so the tap is handled without asking the model to read free text.
 *
 * @param service what the appointment is for
 * @param startsAt the slot, in UTC
 */
public record BookingChoice(String service, LocalDateTime startsAt) {

    private static final String PREFIX = "book:";
    private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TITLE = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SPOKEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.ENGLISH);
    // "book:" + "yyyy-MM-ddTHH:mm" + ":"
    private static final int SERVICE_AT = PREFIX.length() + 16 + 1;

    /** The button's id ({@code ButtonPayload} when tapped), such as {@code book:2030-06-03T09:00:workshop}. */
    public String id() {
        return PREFIX + SLOT.format(startsAt) + ":" + service;
    }

    /** The button's title, at most WhatsApp's 20 characters, such as {@code Mon 3 Jun 09:00}. */
    public String title() {
        return TITLE.format(startsAt);
    }

    /** The time as a sentence says it, such as {@code Monday 3 June at 09:00}. */
    public String spoken() {
        return SPOKEN.format(startsAt);
    }

    /** The choice a tapped button's id stands for, if it is one of these. */
    public static Optional<BookingChoice> fromId(String id) {
        if (id == null || !id.startsWith(PREFIX) || id.length() <= SERVICE_AT || id.charAt(SERVICE_AT - 1) != ':') {
            return Optional.empty();
        }
        try {
            return Optional.of(new BookingChoice(
                    id.substring(SERVICE_AT),
                    LocalDateTime.parse(id.substring(PREFIX.length(), SERVICE_AT - 1), SLOT)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
