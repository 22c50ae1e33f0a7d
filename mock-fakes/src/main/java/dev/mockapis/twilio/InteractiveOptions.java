package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The buttons and list items a customer can answer a template with, placeholders filled:
 * {@code twilio/quick-reply} actions, {@code twilio/list-picker} items, and the {@code QUICK_REPLY}
 * actions of {@code twilio/card} and {@code whatsapp/card}.
 */
final class InteractiveOptions {

    /** One button or list item. */
    record Option(String id, String title, @Nullable String description, boolean listItem) {}

    private InteractiveOptions() {}

    static List<Option> of(ContentTemplate template, Map<String, String> values) {
        JsonNode content = template.types().path(template.contentType());
        List<Option> options = new ArrayList<>();
        switch (template.contentType()) {
            case "twilio/quick-reply":
                content.path("actions").forEach(action -> options.add(button(action, template, values)));
                break;
            case "twilio/card":
            case "whatsapp/card":
                content.path("actions").forEach(action -> {
                    if ("QUICK_REPLY".equals(action.path("type").asText())) {
                        options.add(button(action, template, values));
                    }
                });
                break;
            case "twilio/list-picker":
                content.path("items")
                        .forEach(item -> options.add(new Option(
                                fill(item.path("id"), template, values),
                                fill(item.path("item"), template, values),
                                item.hasNonNull("description") ? fill(item.get("description"), template, values) : null,
                                true)));
                break;
            default:
                break;
        }
        return options;
    }

    private static Option button(JsonNode action, ContentTemplate template, Map<String, String> values) {
        String title = fill(action.path("title"), template, values);
        String id = action.hasNonNull("id") ? fill(action.get("id"), template, values) : title;
        return new Option(id, title, null, false);
    }

    private static String fill(JsonNode text, ContentTemplate template, Map<String, String> values) {
        return ContentVariables.fill(text.asText(""), template, values);
    }
}
