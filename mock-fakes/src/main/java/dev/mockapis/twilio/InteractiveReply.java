package dev.mockapis.twilio;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A customer's tap on a quick-reply button, or choice of a list-picker item, of a WhatsApp message the
 * application sent with a Content API template: what the inbound webhook that follows carries.
 * {@link TwilioFake#interactiveReply(String, String)} makes one from the message as sent, its template's
 * placeholders filled.
 *
 * @param customer who taps, the sent message's {@code To}
 * @param businessSender the application's number, the sent message's {@code From}
 * @param repliedMessageSid the sent message ({@code OriginalRepliedMessageSid})
 * @param id the button's or item's id ({@code ButtonPayload} or {@code ListId})
 * @param title what the customer saw and tapped ({@code ButtonText} or {@code ListTitle}, and the {@code Body})
 * @param description a list item's description ({@code ListDescription}), or {@code null}
 * @param listItem whether it is a list-picker item rather than a button
 */
public record InteractiveReply(
        String customer,
        String businessSender,
        String repliedMessageSid,
        String id,
        String title,
        @Nullable String description,
        boolean listItem) {

    /** Validates. */
    public InteractiveReply {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(businessSender, "businessSender");
        Objects.requireNonNull(repliedMessageSid, "repliedMessageSid");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
