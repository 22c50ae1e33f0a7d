package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The account's content templates: the {@link ContentTemplates} seeds, then whatever tests create. Thread-safe. */
final class ContentStore {

    private final String accountSid;
    private final Map<String, ContentTemplate> templates = new LinkedHashMap<>();

    ContentStore(String accountSid, Instant now) {
        this.accountSid = accountSid;
        seed(now);
    }

    synchronized void add(ContentTemplate template) {
        templates.put(template.sid(), template);
    }

    synchronized Optional<ContentTemplate> find(String sid) {
        return Optional.ofNullable(templates.get(sid));
    }

    /** Oldest first, as Twilio lists them. */
    synchronized List<ContentTemplate> list() {
        return new ArrayList<>(templates.values());
    }

    synchronized boolean delete(String sid) {
        return templates.remove(sid) != null;
    }

    synchronized Optional<ContentTemplate> update(String sid, UnaryOperator<ContentTemplate> change) {
        ContentTemplate template = templates.get(sid);
        if (template == null) {
            return Optional.empty();
        }
        ContentTemplate changed = change.apply(template);
        templates.put(sid, changed);
        return Optional.of(changed);
    }

    /** Back to the seeds alone. */
    synchronized void reset(Instant now) {
        templates.clear();
        seed(now);
    }

    private void seed(Instant now) {
        add(text(
                ContentTemplates.ORDER_UPDATE,
                "order_update",
                "Your order {{1}} has shipped and will arrive {{2}}.",
                Map.of("1", "12345", "2", "tomorrow"),
                approved("order_update", "UTILITY"),
                now));
        ObjectNode quickReply = JsonSupport.object();
        ObjectNode reply = quickReply.putObject("twilio/quick-reply");
        reply.put("body", "Hi {{1}}, your appointment is on {{2}}. Can you make it?");
        ArrayNode actions = reply.putArray("actions");
        actions.addObject().put("title", "Yes").put("id", "confirm");
        actions.addObject().put("title", "Reschedule").put("id", "reschedule");
        add(new ContentTemplate(
                ContentTemplates.APPOINTMENT_REMINDER,
                accountSid,
                "appointment_reminder",
                "en",
                ordered("1", "Ana", "2", "Friday at 10:00"),
                quickReply,
                now,
                approved("appointment_reminder", "UTILITY")));
        add(text(
                ContentTemplates.CONVERSATION_FOLLOW_UP,
                "conversation_follow_up",
                "We have an answer for you: {{1}}",
                Map.of("1", "your table is booked"),
                approved("conversation_follow_up", "UTILITY"),
                now));
        add(text(
                ContentTemplates.SPRING_SALE,
                "spring_sale",
                "Hi {{1}}, our spring sale starts {{2}}!",
                Map.of("1", "Ana", "2", "on Monday"),
                new WhatsAppApproval("spring_sale", "MARKETING", "pending", true),
                now));
        ObjectNode listPicker = JsonSupport.object();
        ObjectNode picker = listPicker.putObject("twilio/list-picker");
        picker.put("body", "How can we help you today?");
        picker.put("button", "Options");
        ArrayNode items = picker.putArray("items");
        items.addObject().put("item", "Opening hours").put("id", "hours").put("description", "When we are open");
        items.addObject().put("item", "My order").put("id", "order").put("description", "Where it is");
        items.addObject().put("item", "Talk to a person").put("id", "agent").put("description", "We call you back");
        add(new ContentTemplate(
                ContentTemplates.SERVICE_MENU, accountSid, "service_menu", "en", Map.of(), listPicker, now, null));
    }

    private ContentTemplate text(
            String sid,
            String name,
            String body,
            Map<String, String> variables,
            WhatsAppApproval approval,
            Instant now) {
        ObjectNode types = JsonSupport.object();
        types.putObject("twilio/text").put("body", body);
        return new ContentTemplate(
                sid, accountSid, name, "en", new java.util.TreeMap<>(variables), types, now, approval);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static WhatsAppApproval approved(String name, String category) {
        return new WhatsAppApproval(name, category, WhatsAppApproval.APPROVED, true);
    }
}
