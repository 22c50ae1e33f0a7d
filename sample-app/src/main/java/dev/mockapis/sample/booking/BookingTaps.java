package dev.mockapis.sample.booking;

import dev.mockapis.sample.state.SharedStateStore;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * Answers a customer's tap on one of the offered booking times: books the slot and confirms it, or
 * says it was taken in the meantime, without the model. The booking is written to the customer's
 * shared state, so the agents know of it on their next turn.
 */
@Component
public class BookingTaps {

    /** The agent the confirmation is recorded as coming from. */
    public static final String AGENT = "bookings";

    private final Appointments appointments;
    private final SharedStateStore state;

    BookingTaps(Appointments appointments, SharedStateStore state) {
        this.appointments = appointments;
        this.state = state;
    }

    /**
     * The reply to a tapped button or list item.
     *
     * @param choiceId the tapped item's id ({@code ButtonPayload} or {@code ListId})
     * @return the reply, or empty when the id is not a booking time (the agents answer it then)
     */
    public Optional<String> answer(String customer, String choiceId) {
        return BookingChoice.fromId(choiceId).map(choice -> book(customer, choice));
    }

    private String book(String customer, BookingChoice choice) {
        OptionalLong id = appointments.book(customer, choice.service(), choice.startsAt());
        if (id.isEmpty()) {
            return "Sorry, " + choice.spoken() + " was taken just before you tapped it. Tell me another day"
                    + " that suits you and I'll send you the free times.";
        }
        state.set(
                customer,
                "last_booking",
                choice.service() + " on " + choice.spoken() + " (appointment " + id.getAsLong() + ")",
                AGENT);
        return "You're booked: your " + choice.service() + " on " + choice.spoken() + ". See you then!";
    }
}
