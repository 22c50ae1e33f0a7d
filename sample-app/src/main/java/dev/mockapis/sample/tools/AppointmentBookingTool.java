package dev.mockapis.sample.tools;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code book_appointment}: books a slot in the shop's calendar, one customer per slot. */
@Component
class AppointmentBookingTool implements AgentTool {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final ZoneId zone = ZoneId.of("UTC");

    AppointmentBookingTool(JdbcClient jdbc, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        Timestamp startsAt;
        try {
            startsAt = Timestamp.from(LocalDate.parse(arguments.text("date"))
                    .atTime(LocalTime.parse(arguments.text("time")))
                    .atZone(zone)
                    .toInstant());
        } catch (DateTimeParseException e) {
            return json.writeValueAsString(
                    Map.of("booked", false, "reason", "Give the date as YYYY-MM-DD and the time as HH:MM"));
        }
        try {
            jdbc.sql("insert into appointment (customer, service, starts_at, created_at) values (?, ?, ?, ?)")
                    .params(context.customer(), service, startsAt, Timestamp.from(clock.instant()))
                    .update();
            long id = appointmentId(startsAt);
            return json.writeValueAsString(Map.of(
                    "booked",
                    true,
                    "appointment_id",
                    id,
                    "service",
                    service,
                    "date",
                    arguments.text("date"),
                    "time",
                    arguments.text("time")));
        } catch (DuplicateKeyException e) {
            return json.writeValueAsString(Map.of("booked", false, "reason", "That slot is taken; offer another hour"));
        }
    }

    private long appointmentId(Timestamp startsAt) {
        return jdbc.sql("select id from appointment where starts_at = ?")
                .param(startsAt)
                .query(Long.class)
                .single();
    }
}
