package dev.mockapis.sample.tools;

import dev.mockapis.sample.booking.Appointments;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code book_appointment}: books a slot in the shop's calendar, one customer per slot. */
@Component
class AppointmentBookingTool implements AgentTool {

    private final Appointments appointments;
    private final JsonMapper json;

    AppointmentBookingTool(Appointments appointments, JsonMapper json) {
        this.appointments = appointments;
        this.json = json;
    }

    @Override
    public String name() {
        return "book_appointment";
    }

    @Override
    public String description() {
        return "Books an appointment for the customer. Slots are on the hour; one customer per slot.";
    }

    @Override
    public Map<String, Object> parameters() {
        return Schemas.object(
                "service", Schemas.string("What the appointment is for, such as a fitting or a repair"),
                "date", Schemas.string("The day, as YYYY-MM-DD"),
                "time", Schemas.string("The hour, as HH:MM"));
    }

    @Override
    public String execute(ToolContext context, ToolArguments arguments) {
        String service = arguments.text("service");
        LocalDate date;
        LocalTime time;
        try {
            date = LocalDate.parse(arguments.text("date"));
            time = LocalTime.parse(arguments.text("time"));
        } catch (DateTimeParseException e) {
            return json.writeValueAsString(
                    Map.of("booked", false, "reason", "Give the date as YYYY-MM-DD and the time as HH:MM"));
        }
        OptionalLong id = appointments.book(context.customer(), service, date.atTime(time));
        if (id.isEmpty()) {
            return json.writeValueAsString(Map.of("booked", false, "reason", "That slot is taken; offer another hour"));
        }
        return json.writeValueAsString(Map.of(
                "booked",
                true,
                "appointment_id",
                id.getAsLong(),
                "service",
                service,
                "date",
                arguments.text("date"),
                "time",
                arguments.text("time")));
    }
}
