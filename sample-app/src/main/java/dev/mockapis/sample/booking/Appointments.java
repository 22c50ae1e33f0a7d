package dev.mockapis.sample.booking;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The shop's calendar: slots on the hour from 9:00 to 17:00, Monday to Saturday (the shop's opening
 * hours), one customer per slot, in UTC.
 */
@Component
public class Appointments {

    /** The first slot of a day. */
    static final int FIRST_HOUR = 9;

    /** The last slot of a day: the shop closes at 18:00. */
    static final int LAST_HOUR = 17;

    private final JdbcClient jdbc;
    private final Clock clock;

    Appointments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Books a slot for a customer.
     *
     * @return the appointment's id (the customer's own when they hold the slot already), or empty when
     *     someone else holds it
     */
    public OptionalLong book(String customer, String service, LocalDateTime startsAt) {
        Timestamp start = Timestamp.from(startsAt.toInstant(ZoneOffset.UTC));
        try {
            jdbc.sql("insert into appointment (customer, service, starts_at, created_at) values (?, ?, ?, ?)")
                    .params(customer, service, start, Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException taken) {
            // the same customer's booking, made by an earlier attempt at the same message, is theirs still
            return holder(start)
                    .filter(holder -> holder.customer().equals(customer))
                    .map(holder -> OptionalLong.of(holder.id()))
                    .orElse(OptionalLong.empty());
        }
        return OptionalLong.of(holder(start).orElseThrow().id());
    }

    private Optional<Holder> holder(Timestamp start) {
        return jdbc.sql("select id, customer from appointment where starts_at = ?")
                .param(start)
                .query((row, number) -> new Holder(row.getLong("id"), row.getString("customer")))
                .optional();
    }

    private record Holder(long id, String customer) {}

    /**
     * The first free slots from a day on, in order, skipping Sundays, the past and booked slots.
     *
     * @param from the first day to look at
     * @param count how many slots at most
     * @param days how many days to look through
     */
    public List<LocalDateTime> freeSlots(LocalDate from, int count, int days) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate last = from.plusDays(days - 1L);
        Set<LocalDateTime> booked =
                new HashSet<>(jdbc.sql("select starts_at from appointment where starts_at >= ? and starts_at < ?")
                        .params(
                                Timestamp.from(from.atStartOfDay().toInstant(ZoneOffset.UTC)),
                                Timestamp.from(last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                        .query((row, number) ->
                                LocalDateTime.ofInstant(row.getTimestamp(1).toInstant(), ZoneOffset.UTC))
                        .list());
        List<LocalDateTime> free = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(last) && free.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int hour = FIRST_HOUR; hour <= LAST_HOUR && free.size() < count; hour++) {
                LocalDateTime slot = day.atTime(hour, 0);
                if (slot.isAfter(now) && !booked.contains(slot)) {
                    free.add(slot);
                }
            }
        }
        return free;
    }
}
