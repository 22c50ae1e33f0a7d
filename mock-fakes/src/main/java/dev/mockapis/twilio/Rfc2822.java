package dev.mockapis.twilio;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Twilio's 2010 API dates: RFC 2822 in GMT with a two-digit day, {@code Thu, 04 Aug 2023 05:01:45 +0000}. */
final class Rfc2822 {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss Z", Locale.US)
            .withZone(ZoneOffset.UTC);

    private Rfc2822() {}

    static @Nullable String format(@Nullable Instant instant) {
        return instant == null ? null : FORMAT.format(instant);
    }
}
