package dev.mockapis.twilio;

import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How a created message ends: {@code delivered}, or {@code failed}/{@code undelivered} with a Twilio
 * delivery error code such as 30003 (unreachable handset) or 30007 (filtered). The final status shows
 * on fetch once the message gets there and in the status callbacks.
 *
 * <pre>{@code
 * Scenario.builder("landline")
 *     .on("messages.create", r -> r.proceedWith(DeliveryOutcome.undelivered(30006)))
 *     .build();
 * }</pre>
 *
 * @param finalStatus {@code delivered}, {@code failed} or {@code undelivered}
 * @param errorCode the Twilio error code for a failure; {@code null} for {@code delivered}
 */
public record DeliveryOutcome(String finalStatus, @Nullable Integer errorCode) implements MessageDirective {

    private static final Set<String> FINAL_STATUSES = Set.of("delivered", "failed", "undelivered");

    /** Validates: a failure needs an error code, a delivery has none. */
    public DeliveryOutcome {
        Objects.requireNonNull(finalStatus, "finalStatus");
        if (!FINAL_STATUSES.contains(finalStatus)) {
            throw new IllegalArgumentException(
                    "A delivery outcome ends delivered, failed or undelivered, not '" + finalStatus + "'");
        }
        if (finalStatus.equals("delivered") && errorCode != null) {
            throw new IllegalArgumentException("A delivered message has no error code, was " + errorCode);
        }
        if (!finalStatus.equals("delivered") && errorCode == null) {
            throw new IllegalArgumentException(
                    "A " + finalStatus + " message needs a Twilio error code, such as 30003");
        }
    }

    /** The message is delivered. */
    public static DeliveryOutcome delivered() {
        return new DeliveryOutcome("delivered", null);
    }

    /** The message cannot be sent: {@code queued → failed}. */
    public static DeliveryOutcome failed(int errorCode) {
        return new DeliveryOutcome("failed", errorCode);
    }

    /** The carrier reports non-delivery: {@code queued → sent → undelivered}. */
    public static DeliveryOutcome undelivered(int errorCode) {
        return new DeliveryOutcome("undelivered", errorCode);
    }
}
