package dev.mockapis.sample.booking;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.content.v1.Content;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The Content API template the booking times go out with: a {@code twilio/quick-reply} with three
 * buttons, their titles and ids filled per offer from {@code ContentVariables}. WhatsApp takes
 * interactive buttons only through a template; sent inside the customer's 24-hour window it needs no
 * approval, and it may have three buttons at most. The application creates the template the first time
 * it needs it (found again by name after a restart) and again when Twilio no longer knows its SID.
 */
@Component
public class BookingTimesTemplate {

    /** The template's name in the account. */
    public static final String FRIENDLY_NAME = "bloom_booking_times";

    /** How many buttons an offer has: WhatsApp's limit for an unapproved template in session. */
    public static final int BUTTONS = 3;

    private final TwilioRestClient twilio;
    private volatile String sid;

    BookingTimesTemplate(TwilioRestClient twilio) {
        this.twilio = twilio;
    }

    /** The template's SID, created in the account if it is not there yet. */
    public String sid() {
        String known = sid;
        if (known == null) {
            known = find().orElseGet(this::create);
            sid = known;
        }
        return known;
    }

    /** Forgets the SID, after Twilio answered that it does not know it (the template was deleted). */
    public void forget() {
        sid = null;
    }

    /**
     * The template's variables for an offer: the service, then the buttons' titles, then their ids.
     *
     * @param choices exactly {@value #BUTTONS} times
     */
    static Map<String, String> variables(String service, List<BookingChoice> choices) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("1", service);
        for (int i = 0; i < choices.size(); i++) {
            variables.put(Integer.toString(2 + i), choices.get(i).title());
        }
        for (int i = 0; i < choices.size(); i++) {
            variables.put(Integer.toString(2 + BUTTONS + i), choices.get(i).id());
        }
        return variables;
    }

    private Optional<String> find() {
        for (Content content : Content.reader().read(twilio)) {
            if (FRIENDLY_NAME.equals(content.getFriendlyName())) {
                return Optional.of(content.getSid());
            }
        }
        return Optional.empty();
    }

    private String create() {
        List<Content.QuickReplyAction> buttons = new ArrayList<>();
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("1", "bouquet workshop");
        for (int i = 0; i < BUTTONS; i++) {
            String title = Integer.toString(2 + i);
            String id = Integer.toString(2 + BUTTONS + i);
            buttons.add(Content.QuickReplyAction.builder("{{" + title + "}}")
                    .type(Content.QuickReplyActionType.QUICK_REPLY)
                    .id("{{" + id + "}}")
                    .build());
            BookingChoice sample = new BookingChoice("bouquet workshop", LocalDateTime.of(2030, 6, 3, 9 + i, 0));
            samples.put(title, sample.title());
            samples.put(id, sample.id());
        }
        Content.TwilioQuickReply quickReply = Content.TwilioQuickReply.builder(
                        "Here are the next free times for your {{1}}. Tap the one that suits you to book it.", buttons)
                .build();
        return Content.creator(Content.ContentCreateRequest.builder(
                                "en",
                                Content.Types.builder()
                                        .twilioQuickReply(quickReply)
                                        .build())
                        .friendlyName(FRIENDLY_NAME)
                        .variables(samples)
                        .build())
                .create(twilio)
                .getSid();
    }
}
