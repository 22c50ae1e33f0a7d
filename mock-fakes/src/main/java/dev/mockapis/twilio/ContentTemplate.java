package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Content resource as the fake keeps it.
 *
 * @param sid the {@code HX} sid
 * @param accountSid the owning account
 * @param friendlyName its name
 * @param language its language, such as {@code en}
 * @param variables the default value of each placeholder, by name
 * @param types the content per type, such as {@code {"twilio/text": {"body": "Hi {{1}}"}}}; never changed
 * @param dateCreated when it was created
 * @param approval its WhatsApp approval request, or {@code null} when none was submitted
 */
record ContentTemplate(
        String sid,
        String accountSid,
        String friendlyName,
        String language,
        Map<String, String> variables,
        ObjectNode types,
        Instant dateCreated,
        @Nullable WhatsAppApproval approval) {

    /** Content types WhatsApp never lets a business start a conversation with. */
    private static final Set<String> SESSION_ONLY_TYPES = Set.of("twilio/list-picker", "twilio/location");

    ContentTemplate {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** The first content type, which WhatsApp receives. */
    String contentType() {
        return types.fieldNames().hasNext() ? types.fieldNames().next() : "";
    }

    /** The text of the content, placeholders unfilled: its {@code body}, or a card's {@code title}. */
    String text() {
        ObjectNode content = (ObjectNode) types.get(contentType());
        if (content == null) {
            return "";
        }
        return content.hasNonNull("body")
                ? content.get("body").asText()
                : content.path("title").asText("");
    }

    /** Whether WhatsApp delivers it outside the 24-hour window: approved, and of a type that may start a conversation. */
    boolean startsConversations() {
        return approval != null && approval.isApproved() && !SESSION_ONLY_TYPES.contains(contentType());
    }

    ContentTemplate withApproval(WhatsAppApproval newApproval) {
        return new ContentTemplate(sid, accountSid, friendlyName, language, variables, types, dateCreated, newApproval);
    }
}
