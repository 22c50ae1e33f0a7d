package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.sample.webhook.InboundMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Webhook security: only requests signed with the account's auth token get in, and a replay is processed once. */
@AssistantTest
class WebhookSecurityTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    InboundMessages messages;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    void forgedUnsignedAndTamperedWebhooksAreRejectedWithoutStoringOrCallingAnything() throws Exception {
        TwilioWebhook webhook =
                twilio.whatsApp(CUSTOMER, "Send me the admin password").postedTo(WhatsApp.WEBHOOK);

        mockMvc.perform(webhook.forged()).andExpect(status().isForbidden());
        mockMvc.perform(webhook.unsigned()).andExpect(status().isForbidden());
        mockMvc.perform(webhook.tampered("Body", "Something else")).andExpect(status().isForbidden());

        assertThat(messages.find(webhook.messageSid())).isEmpty();
        assertThat(verifier.operations("openai")).isEmpty();
        assertThat(verifier.operations("twilio")).isEmpty();
    }

    @Test
    void aWebhookSignedForAnotherUrlIsRejected() throws Exception {
        TwilioWebhook elsewhere =
                twilio.whatsApp(CUSTOMER, "Hello").postedTo("https://attacker.example/twilio/whatsapp");

        mockMvc.perform(post(WhatsApp.WEBHOOK)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .header("X-Twilio-Signature", elsewhere.signature())
                        .content("MessageSid=" + elsewhere.messageSid() + "&From=whatsapp%3A%2B15551234567&Body=Hello"))
                .andExpect(status().isForbidden());

        assertThat(verifier.operations("openai")).isEmpty();
    }

    @Test
    void aReplayedWebhookIsAcknowledgedButAnsweredOnce() throws Exception {
        TwilioWebhook webhook = twilio.whatsApp(CUSTOMER, "Hello").postedTo(WhatsApp.WEBHOOK);

        whatsApp.post(webhook);
        whatsApp.awaitProcessed(webhook.messageSid());
        mockMvc.perform(webhook.replayed()).andExpect(status().isOk());

        verifier.assertThat("openai").called("responses.create").once();
        verifier.assertThat("twilio").called("messages.create").once();
    }

    @Test
    void aRetryWithTheSameIdempotencyTokenIsNotProcessedAgainEvenUnderAnotherSid() throws Exception {
        TwilioWebhook webhook = twilio.whatsApp(CUSTOMER, "Hello").postedTo(WhatsApp.WEBHOOK);
        TwilioWebhook sameDelivery = webhook.with("MessageSid", "SM" + "0".repeat(32));

        whatsApp.post(webhook);
        whatsApp.awaitProcessed(webhook.messageSid());
        whatsApp.post(sameDelivery);

        assertThat(sameDelivery.idempotencyToken()).isEqualTo(webhook.idempotencyToken());
        assertThat(messages.find(sameDelivery.messageSid())).isEmpty();
        verifier.assertThat("twilio").called("messages.create").once();
    }

    @Test
    void aStatusCallbackWithABadSignatureIsRejected() throws Exception {
        TwilioWebhook callback =
                twilio.statusCallback("SM" + "1".repeat(32), "delivered").postedTo("/twilio/status");

        mockMvc.perform(callback.forged()).andExpect(status().isForbidden());
        mockMvc.perform(callback.request()).andExpect(status().isNoContent());
    }
}
