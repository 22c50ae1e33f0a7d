package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.content.v1.Content;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.openai.OpenAiMatchers;
import dev.mockapis.openai.OpenAiScenarios;
import dev.mockapis.sample.booking.Appointments;
import dev.mockapis.sample.booking.BookingTimesTemplate;
import dev.mockapis.sample.persistence.ConversationHistory;
import dev.mockapis.sample.state.SharedState;
import dev.mockapis.sample.state.SharedStateStore;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The booking flow on WhatsApp buttons: the bookings agent offers the next free times as a quick-reply
 * template the application created through Twilio's Content API; the customer's tap comes back as a
 * button reply ({@code ButtonText}/{@code ButtonPayload}, or a list item's {@code ListId}) and books the
 * slot without another model call.
 */
@AssistantTest
class BookingButtonsTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";
    private static final String MONDAY = "2030-06-03";
    private static final String TEN_O_CLOCK = "book:2030-06-03T10:00:bouquet workshop";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    MockApiServers servers;

    @Autowired
    InboundMessages messages;

    @Autowired
    SharedStateStore state;

    @Autowired
    ConversationHistory history;

    @Autowired
    BookingTimesTemplate template;

    @Autowired
    Appointments appointments;

    @Autowired
    TwilioRestClient twilioClient;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    WhatsApp whatsApp;

    @BeforeEach
    void customerTalksToTheBookingsAgent() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
        state.put(CUSTOMER, "active_agent", "bookings", 0, "triage");
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("booking_buttons")
                        .when(OpenAiMatchers.toolResultsReturned(), "Tap the time that suits you.")
                        .when(
                                OpenAiMatchers.userTextContains("workshop"),
                                Reply.toolCall(
                                        "offer_booking_times",
                                        "{\"service\":\"bouquet workshop\",\"date\":\"" + MONDAY + "\"}"))
                        .replies("Happy to help.")
                        .build());
    }

    @Test
    void theOfferedTimesGoOutAsButtonsAndATapBooksTheSlotWithoutTheModel() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "I'd like to book a bouquet workshop in June 2030");

        Interaction offer = single(offers());
        assertThat(WhatsApp.form(offer, "ContentSid")).isEqualTo(template.sid()).startsWith("HX");
        assertThat(variables(offer))
                .containsExactlyEntriesOf(orderedMap(
                        "1", "bouquet workshop",
                        "2", "Mon 3 Jun 09:00",
                        "3", "Mon 3 Jun 10:00",
                        "4", "Mon 3 Jun 11:00",
                        "5", "book:2030-06-03T09:00:bouquet workshop",
                        "6", TEN_O_CLOCK,
                        "7", "book:2030-06-03T11:00:bouquet workshop"));
        assertThat(verifier.operations("twilio"))
                .containsSubsequence("content.list", "content.create", "messages.create", "messages.create");
        assertThat(Content.fetcher(template.sid())
                        .fetch(twilioClient)
                        .getTypes()
                        .toString())
                .contains("twilio/quick-reply");
        assertThat(textsTo(CUSTOMER)).containsExactly("Tap the time that suits you.");
        int modelCalls = verifier.operations("openai").size();

        var tap = twilio.choose(offerSid(), TEN_O_CLOCK).postedTo(WhatsApp.WEBHOOK);
        assertThat(tap.params())
                .containsEntry("ButtonText", "Mon 3 Jun 10:00")
                .containsEntry("ButtonPayload", TEN_O_CLOCK)
                .containsEntry("OriginalRepliedMessageSid", offerSid());
        InboundMessage tapped = whatsApp.awaitProcessed(whatsApp.post(tap));

        assertThat(tapped.choiceId()).isEqualTo(TEN_O_CLOCK);
        assertThat(tapped.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        assertThat(bookings()).containsExactly(CUSTOMER + " bouquet workshop 2030-06-03T10:00");
        assertThat(textsTo(CUSTOMER))
                .containsExactly(
                        "Tap the time that suits you.",
                        "You're booked: your bouquet workshop on Monday 3 June at 10:00. See you then!");
        assertThat(verifier.operations("openai"))
                .as("no model call for the tap")
                .hasSize(modelCalls);
        assertThat(history.of(CUSTOMER).get(history.of(CUSTOMER).size() - 1).agent())
                .isEqualTo("bookings");
        assertThat(state.get(CUSTOMER, "last_booking"))
                .get()
                .extracting(SharedState::value)
                .asString()
                .startsWith("bouquet workshop on Monday 3 June at 10:00");
        verifier.assertNoUnmatchedRequests();
    }

    @Test
    void aTimeTakenBetweenTheOfferAndTheTapIsReportedAndNotBookedTwice() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "Can I book a bouquet workshop?");
        appointments.book("whatsapp:+15550000009", "fitting", LocalDateTime.of(2030, 6, 3, 10, 0));
        int modelCalls = verifier.operations("openai").size();

        whatsApp.awaitProcessed(
                whatsApp.post(twilio.choose(offerSid(), TEN_O_CLOCK).postedTo(WhatsApp.WEBHOOK)));

        assertThat(bookings()).containsExactly("whatsapp:+15550000009 fitting 2030-06-03T10:00");
        assertThat(textsTo(CUSTOMER))
                .last()
                .asString()
                .startsWith("Sorry, Monday 3 June at 10:00 was taken just before you tapped it.");
        assertThat(verifier.operations("openai")).hasSize(modelCalls);
    }

    @Test
    void theNextOfferLeavesOutTheBookedTimes() throws Exception {
        appointments.book("whatsapp:+15550000009", "fitting", LocalDateTime.of(2030, 6, 3, 9, 0));
        appointments.book("whatsapp:+15550000009", "fitting", LocalDateTime.of(2030, 6, 3, 11, 0));

        whatsApp.sendAndAwait(CUSTOMER, "A bouquet workshop, please");

        assertThat(variables(single(offers())))
                .containsEntry("2", "Mon 3 Jun 10:00")
                .containsEntry("3", "Mon 3 Jun 12:00")
                .containsEntry("4", "Mon 3 Jun 13:00");
    }

    @Test
    void aTemplateDeletedFromTheAccountIsCreatedAgain() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "A bouquet workshop, please");
        String first = template.sid();
        Content.deleter(first).delete(twilioClient);

        whatsApp.sendAndAwait(CUSTOMER, "Another bouquet workshop, please");

        assertThat(template.sid()).isNotEqualTo(first);
        List<Interaction> offers = offers();
        assertThat(offers).hasSize(3);
        assertThat(offers.get(1).status()).isEqualTo(400);
        assertThat(WhatsApp.form(offers.get(2), "ContentSid")).isEqualTo(template.sid());
        assertThat(offers.get(2).status()).isEqualTo(201);
        assertThat(textsTo(CUSTOMER)).containsExactly("Tap the time that suits you.", "Tap the time that suits you.");
    }

    @Test
    void aListItemChosenBooksTheSameWay() throws Exception {
        whatsApp.awaitProcessed(whatsApp.post(twilio.whatsApp(CUSTOMER, "Mon 3 Jun 11:00")
                .listReply("book:2030-06-03T11:00:fitting", "Mon 3 Jun 11:00", "A bouquet fitting")
                .postedTo(WhatsApp.WEBHOOK)));

        assertThat(bookings()).containsExactly(CUSTOMER + " fitting 2030-06-03T11:00");
        assertThat(textsTo(CUSTOMER))
                .containsExactly("You're booked: your fitting on Monday 3 June at 11:00. See you then!");
        assertThat(verifier.operations("openai")).isEmpty();
    }

    @Test
    void aButtonThatIsNotABookingTimeGoesToTheModel() throws Exception {
        whatsApp.awaitProcessed(whatsApp.post(twilio.whatsApp(CUSTOMER, "Yes")
                .buttonReply("Yes", "confirm_order")
                .postedTo(WhatsApp.WEBHOOK)));

        assertThat(bookings()).isEmpty();
        assertThat(textsTo(CUSTOMER)).containsExactly("Happy to help.");
    }

    @Test
    void theWebsiteChatHasNoButtonsSoTheModelGetsTheTimesToName() throws Exception {
        String visitor = "ana@example.com";
        state.put(visitor, "active_agent", "bookings", 0, "triage");

        mockMvc.perform(post("/api/chat")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\":\"" + visitor + "\",\"message\":\"A bouquet workshop?\"}"))
                .andExpect(status().isOk());

        assertThat(offers()).isEmpty();
        verifier.assertThat("openai")
                .called("responses.create")
                .withBodyContaining("Monday 3 June at 09:00")
                .withBodyContaining("not on WhatsApp");
    }

    private List<Interaction> offers() {
        return verifier.interactions("twilio").stream()
                .filter(call -> "messages.create".equals(call.operationId()))
                .filter(call -> WhatsApp.form(call, "ContentSid") != null)
                .toList();
    }

    private static Interaction single(List<Interaction> calls) {
        assertThat(calls).hasSize(1);
        return calls.get(0);
    }

    private String offerSid() {
        return jdbc.sql("select sid from outbound_message where content_sid is not null order by created_at desc")
                .query(String.class)
                .list()
                .get(0);
    }

    private Map<String, String> variables(Interaction offer) {
        return json.readValue(WhatsApp.form(offer, "ContentVariables"), new TypeReference<Map<String, String>>() {});
    }

    private List<String> textsTo(String customer) {
        return whatsApp.repliesTo(customer).stream().filter(Objects::nonNull).toList();
    }

    private List<String> bookings() {
        return jdbc.sql("select customer, service, starts_at from appointment order by starts_at")
                .query((row, n) -> row.getString(1) + " " + row.getString(2) + " "
                        + LocalDateTime.ofInstant(row.getTimestamp(3).toInstant(), ZoneOffset.UTC))
                .list();
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
