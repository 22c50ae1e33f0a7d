package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Scenario;
import dev.mockapis.sample.deadletter.DeadLetters;
import dev.mockapis.sample.delivery.OutboundMessage;
import dev.mockapis.sample.delivery.OutboundMessages;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import dev.mockapis.twilio.CallbackChaos;
import dev.mockapis.twilio.DeliveryOutcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Outbound delivery: replies carry a StatusCallback, the signed callbacks update their delivery status
 * whatever order and however often Twilio delivers them, and a reply refused because the customer's
 * WhatsApp window closed (63016) is sent again as a template.
 */
@AssistantTest
class DeliveryStatusTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

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
    OutboundMessages outbound;

    @Autowired
    DeadLetters deadLetters;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    void aDeliveredReplyIsRecordedAsDeliveredFromItsStatusCallbacks() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThat(twilio.deliverStatusCallbacks(mockMvc))
                .extracting(callback -> callback.param("MessageStatus"))
                .containsExactly("sent", "delivered");

        assertThat(outbound.to(CUSTOMER)).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo("delivered");
            assertThat(message.errorCode()).isNull();
        });
    }

    @Test
    void aCallbackArrivingLateDoesNotMoveTheStatusBack() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "Hello");
        String sid = outbound.to(CUSTOMER).get(0).sid();

        mockMvc.perform(twilio.statusCallback(sid, "delivered")
                .to(CUSTOMER)
                .postedTo("/twilio/status")
                .request());
        mockMvc.perform(twilio.statusCallback(sid, "sent")
                .to(CUSTOMER)
                .postedTo("/twilio/status")
                .request());

        assertThat(outbound.find(sid)).get().extracting(OutboundMessage::status).isEqualTo("delivered");
    }

    @Test
    void anUndeliveredReplyKeepsItsErrorCode() throws Exception {
        servers.server("twilio")
                .useScenario(Scenario.builder("switched_off_phone")
                        .on("messages.create", rule -> rule.proceedWith(DeliveryOutcome.undelivered(30003)))
                        .build());
        whatsApp.sendAndAwait(CUSTOMER, "Hello");

        twilio.deliverStatusCallbacks(mockMvc);

        assertThat(outbound.to(CUSTOMER)).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo("undelivered");
            assertThat(message.errorCode()).isEqualTo(30003);
        });
    }

    @Test
    @MockApis(twilio = "whatsapp_window_closed")
    void aReplyOutsideTheWhatsAppWindowIsSentAgainAsTheApprovedTemplate() throws Exception {
        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Hello");

        twilio.deliverStatusCallbacks(mockMvc);
        twilio.deliverStatusCallbacks(mockMvc);

        verifier.assertThat("twilio").called("messages.create").times(2);
        verifier.assertThat("twilio")
                .called("messages.create")
                .withFormParam("ContentSid", "HXb5b62575e6e4ff6129ad7c8efe1f983e")
                .withFormParam("To", CUSTOMER)
                .withFormParamContaining("ContentVariables", "{\"1\":\"You said:")
                .once();
        assertThat(outbound.to(CUSTOMER))
                .extracting(OutboundMessage::status, OutboundMessage::errorCode, OutboundMessage::template)
                .containsExactly(tuple("failed", 63016, false), tuple("delivered", null, true));
        assertThat(outbound.to(CUSTOMER).get(1).inReplyTo())
                .isEqualTo(outbound.to(CUSTOMER).get(0).sid());
        assertThat(message.reply()).isNotBlank();
    }

    @Test
    @MockApis(twilio = "callback_chaos")
    void theStoredStatusIsStillTheLatestWhenCallbacksArriveLateTwiceAndNewestFirst() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "Hello");
        String sid = outbound.to(CUSTOMER).get(0).sid();

        assertThat(twilio.deliverStatusCallbacks(mockMvc)).isEmpty();
        List<TwilioWebhook> delivered = twilio.deliverStatusCallbacks(mockMvc);

        assertThat(delivered)
                .extracting(callback -> callback.param("MessageStatus"))
                .containsExactly("delivered", "sent", "delivered", "sent");
        assertThat(delivered.get(2).idempotencyToken())
                .isEqualTo(delivered.get(0).idempotencyToken());
        assertThat(outbound.find(sid)).get().satisfies(message -> {
            assertThat(message.status()).isEqualTo("delivered");
            assertThat(message.errorCode()).isNull();
        });
    }

    @Test
    void anUndeliveredReplyStaysUndeliveredWhenItsSentCallbackComesLastAndTwice() throws Exception {
        servers.server("twilio")
                .useScenario(Scenario.builder("switched_off_phone_and_chaos")
                        .on(
                                "messages.create",
                                rule -> rule.proceedWith(new CallbackChaos(
                                        true, true, Duration.ZERO, 0, DeliveryOutcome.undelivered(30003))))
                        .build());
        whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThat(twilio.deliverStatusCallbacks(mockMvc))
                .extracting(callback -> callback.param("MessageStatus"))
                .containsExactly("undelivered", "sent", "undelivered", "sent");

        assertThat(outbound.to(CUSTOMER)).singleElement().satisfies(message -> {
            assertThat(message.status()).isEqualTo("undelivered");
            assertThat(message.errorCode()).isEqualTo(30003);
        });
    }

    @Test
    @MockApis(twilio = "rate_limited")
    void aReplyHeldUpUntilTheCustomersWindowClosedGoesOutAgainAsTheApprovedTemplate() throws Exception {
        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Hello");
        assertThat(message.status()).isEqualTo(InboundMessage.Status.DEAD_LETTERED);
        // Twilio was down for a day: the customer's 24-hour window closed meanwhile
        twilio.fake().advanceClock(Duration.ofHours(25));
        servers.server("twilio").useScenario("successful_messaging");

        mockMvc.perform(post(
                                "/admin/dead-letters/{id}/redrive",
                                deadLetters.list(true).get(0).id())
                        .header("Authorization", StaffToken.BEARER))
                .andExpect(status().isAccepted());
        whatsApp.awaitProcessed(message.messageSid());
        twilio.deliverStatusCallbacks(mockMvc);
        twilio.deliverStatusCallbacks(mockMvc);

        assertThat(outbound.to(CUSTOMER))
                .extracting(OutboundMessage::status, OutboundMessage::errorCode, OutboundMessage::template)
                .containsExactly(tuple("failed", 63016, false), tuple("delivered", null, true));
        assertThat(outbound.to(CUSTOMER).get(1).inReplyTo())
                .isEqualTo(outbound.to(CUSTOMER).get(0).sid());
        verifier.assertThat("twilio")
                .called("messages.create")
                .withFormParam("ContentSid", "HXb5b62575e6e4ff6129ad7c8efe1f983e")
                .once();
    }
}
