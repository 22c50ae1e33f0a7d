package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads a scenario file's {@code callbacks: {duplicated, outOfOrder, delay, lateByDeliveries}} into a {@link CallbackChaos}. */
final class CallbackChaosSpec {

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");
    private static final List<String> FIELDS = List.of("duplicated", "outOfOrder", "delay", "lateByDeliveries");

    private CallbackChaosSpec() {}

    static CallbackChaos read(JsonNode spec, @Nullable DeliveryOutcome outcome) {
        if (spec == null || !spec.isObject()) {
            throw new IllegalArgumentException("twilio's callbacks directive is a map of " + FIELDS + ", got " + spec);
        }
        for (Iterator<String> names = spec.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException(
                        "twilio's callbacks directive has no '" + name + "'; its fields are " + FIELDS);
            }
        }
        return new CallbackChaos(
                spec.path("duplicated").asBoolean(false),
                spec.path("outOfOrder").asBoolean(false),
                delay(spec.path("delay")),
                spec.path("lateByDeliveries").asInt(0),
                outcome);
    }

    private static Duration delay(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return Duration.ZERO;
        }
        if (value.isNumber()) {
            return Duration.ofSeconds(value.asLong());
        }
        Matcher shortForm = SHORT.matcher(value.asText().trim());
        if (shortForm.matches()) {
            long amount = Long.parseLong(shortForm.group(1));
            return switch (shortForm.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
        }
        try {
            return Duration.parse(value.asText());
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException(
                    "twilio's callbacks delay is a duration such as 30s, 5m, 1h or PT5M, or a"
                            + " number of seconds, got " + value);
        }
    }
}
