package dev.mockapis.twilio;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the status callbacks of a created message reach the application, as Twilio's at-least-once
 * delivery lets them: each one twice ({@code duplicated}, the copy with the same
 * {@code I-Twilio-Idempotency-Token}, after the rest of its batch), the message's callbacks in reverse
 * order ({@code outOfOrder}: {@code delivered} before {@code sent}), due only once the fake's clock has
 * passed the status change by {@code delay}, or only on the {@code lateByDeliveries}-th taking of callbacks
 * after the one that would have carried them. A directive for {@code messages.create}; the built-in
 * scenarios {@value TwilioScenarios#CALLBACKS_DUPLICATED}, {@value TwilioScenarios#CALLBACKS_OUT_OF_ORDER},
 * {@value TwilioScenarios#CALLBACKS_LATE} and {@value TwilioScenarios#CALLBACK_CHAOS} use it.
 *
 * <pre>{@code
 * Scenario.builder("slow_carrier")
 *     .on("messages.create", r -> r.proceedWith(
 *             new CallbackChaos(true, true, Duration.ofMinutes(5), 0, DeliveryOutcome.undelivered(30006))))
 *     .build();
 * }</pre>
 *
 * @param duplicated whether every callback is delivered twice
 * @param outOfOrder whether the message's callbacks arrive newest first
 * @param delay how long after each status change, on the fake's clock, its callback becomes due
 * @param lateByDeliveries how many takings of callbacks pass before they are handed out, 0 for none
 * @param outcome how the message ends, or {@code null} for the fake's default (delivered, unless WhatsApp's
 *     window or the media refuse it)
 */
public record CallbackChaos(
        boolean duplicated,
        boolean outOfOrder,
        Duration delay,
        int lateByDeliveries,
        @Nullable DeliveryOutcome outcome) implements MessageDirective {

    /** Validates. */
    public CallbackChaos {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("A callback delay is zero or more, was " + delay);
        }
        if (lateByDeliveries < 0) {
            throw new IllegalArgumentException(
                    "lateByDeliveries counts takings of callbacks, zero or more, was " + lateByDeliveries);
        }
    }
}
