package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import java.time.Duration;
import java.util.List;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A customer on WhatsApp, for tests: posts signed webhooks as Twilio would, waits for the assistant to
 * finish with them, and reads what the Twilio fake was asked to send back.
 */
final class WhatsApp {

    static final String WEBHOOK = "/twilio/whatsapp";

    private final MockMvc mockMvc;
    private final TwilioWebhookSimulator twilio;
    private final InboundMessages messages;
    private final MockInteractionVerifier verifier;

    WhatsApp(
            MockMvc mockMvc,
            TwilioWebhookSimulator twilio,
            InboundMessages messages,
            MockInteractionVerifier verifier) {
        this.mockMvc = mockMvc;
        this.twilio = twilio;
        this.messages = messages;
        this.verifier = verifier;
    }

    /** Posts the webhook, requires the quick empty-TwiML acknowledgement, and returns the message SID. */
    String post(TwilioWebhook webhook) throws Exception {
        MockHttpServletResponse response =
                mockMvc.perform(webhook.request()).andReturn().getResponse();
        assertThat(response.getStatus()).as("webhook status").isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("<Response/>");
        return webhook.messageSid();
    }

    /** A customer's message, signed, sent, and answered. */
    InboundMessage sendAndAwait(String customer, String text) throws Exception {
        return awaitProcessed(post(twilio.whatsApp(customer, text).postedTo(WEBHOOK)));
    }

    /** Waits until the assistant has finished with the message, answered or not. */
    InboundMessage awaitProcessed(String messageSid) {
        return await("message " + messageSid + " processed")
                .atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> messages.find(messageSid).orElse(null),
                        message -> message != null && message.status() != InboundMessage.Status.RECEIVED);
    }

    /** The texts the Twilio fake was asked to send to the customer, in order. */
    List<String> repliesTo(String customer) {
        return verifier.interactions("twilio").stream()
                .filter(call -> "messages.create".equals(call.operationId()))
                .filter(call -> customer.equals(form(call, "To")))
                .map(call -> form(call, "Body"))
                .toList();
    }

    /** A form parameter of a recorded Twilio call, or {@code null}. */
    static String form(Interaction call, String name) {
        List<String> values = ((ParsedBody.Form) call.body()).params().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
