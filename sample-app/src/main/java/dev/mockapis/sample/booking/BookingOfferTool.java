package dev.mockapis.sample.booking;

import com.twilio.exception.ApiException;
import dev.mockapis.sample.delivery.OutboundMessenger;
import dev.mockapis.sample.tools.AgentTool;
import dev.mockapis.sample.tools.Schemas;
import dev.mockapis.sample.tools.ToolArguments;
import dev.mockapis.sample.tools.ToolContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code offer_booking_times}: sends the customer the next free times as WhatsApp quick-reply buttons.
 * Their tap comes back as a button reply that books the slot at once ({@link BookingTaps}), so the
 * model never has to read a time out of free text.
 */
@Component
class BookingOfferTool implements AgentTool {

    /** Twilio's "The ContentSid is Invalid": the template is gone from the account. */
    static final int UNKNOWN_TEMPLATE = 21655;

    private static final String WHATSAPP = "whatsapp:";

    // how far ahead free times are looked for
    private static final int DAYS_AHEAD = 30;

    private final Appointments appointments;
    private final BookingTimesTemplate template;
    private final OutboundMessenger messenger;
    private final Clock clock;
    private final JsonMapper json;

    BookingOfferTool(
            Appointments appointments,
            BookingTimesTemplate template,
            OutboundMessenger messenger,
            Clock clock,
            JsonMapper json) {
        this.appointments = appointments;
        this.template = template;
        this.messenger = messenger;
        this.clock = clock;
        this.json = json;
    }

    @Override
    public String name() {
        return "offer_booking_times";
    }

    @Override
    public String description() {
        return "Sends the customer the next free times from a day on as buttons to tap; their tap books the"
                + " slot. Use it when the customer wants to book but has not named a free time.";
    }

    @Override
    public Map<String, Object> parameters() {
        return Schemas.object(
                "service", Schemas.string("What the appointment is for, such as a fitting or a workshop"),
                "date", Schemas.string("The first day the customer could come, as YYYY-MM-DD"));
    }

    @Override
    public String execute(ToolContext context, ToolArguments arguments) {
        String service = arguments.text("service");
        LocalDate from;
        try {
            from = LocalDate.parse(arguments.text("date"));
        } catch (DateTimeParseException e) {
            return json.writeValueAsString(Map.of("offered", false, "reason", "Give the date as YYYY-MM-DD"));
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<BookingChoice> choices =
                appointments
                        .freeSlots(from.isBefore(today) ? today : from, BookingTimesTemplate.BUTTONS, DAYS_AHEAD)
                        .stream()
                        .map(slot -> new BookingChoice(service, slot))
                        .toList();
        if (choices.size() < BookingTimesTemplate.BUTTONS) {
            return json.writeValueAsString(Map.of(
                    "offered", false, "reason", "Fewer than three free times in the next " + DAYS_AHEAD + " days"));
        }
        if (!context.customer().startsWith(WHATSAPP)) {
            // the website chat has no buttons: the model names the times and books the one chosen
            return json.writeValueAsString(Map.of(
                    "offered",
                    false,
                    "times",
                    choices.stream().map(BookingChoice::spoken).toList(),
                    "note",
                    "The customer is not on WhatsApp: name these times and book the one they choose."));
        }
        send(context.customer(), BookingTimesTemplate.variables(service, choices));
        return json.writeValueAsString(Map.of(
                "offered",
                true,
                "times",
                choices.stream().map(BookingChoice::spoken).toList(),
                "note",
                "The customer sees these times as buttons; ask them to tap the one that suits them."));
    }

    private void send(String customer, Map<String, String> variables) {
        try {
            messenger.sendInteractive(customer, template.sid(), variables);
        } catch (ApiException e) {
            if (e.getCode() == null || e.getCode() != UNKNOWN_TEMPLATE) {
                throw e;
            }
            template.forget();
            messenger.sendInteractive(customer, template.sid(), variables);
        }
    }
}
