package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Fault;
import dev.mockapis.core.Scenario;
import dev.mockapis.sample.persistence.ConversationHistory;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Webhook reception: a customer's WhatsApp message is acknowledged at once, stored, and answered through Twilio. */
@AssistantTest
class WebhookReceptionTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    InboundMessages messages;

    @Autowired
    ConversationHistory history;

    @Autowired
    MockApiServers servers;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    void aSignedMessageIsAcknowledgedWithEmptyTwimlAndAnsweredThroughTwilio() throws Exception {
        String sid = whatsApp.post(twilio.whatsApp(CUSTOMER, "Are you open on Sunday?")
                .profileName("Ana")
                .postedTo(WhatsApp.WEBHOOK));

        InboundMessage answered = whatsApp.awaitProcessed(sid);

        assertThat(answered.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        verifier.assertThat("openai")
                .called("responses.create")
                .once()
                .withJsonPath("input", "Are you open on Sunday?")
                .withBodyContaining("WhatsApp name is Ana");
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("To", CUSTOMER)
                .withFormParam("From", TwilioWebhookSimulator.SANDBOX_NUMBER)
                .withFormParam("Body", answered.reply())
                .withFormParam("StatusCallback", "http://localhost/twilio/status");
    }

    @Test
    void theWebhookIsAcknowledgedBeforeASlowModelHasAnswered() throws Exception {
        servers.server("openai")
                .useScenario(Scenario.builder("slow_model")
                        .on("responses.create", rule -> rule.proceed(Fault.delay(Duration.ofMillis(500))))
                        .build());

        String sid = whatsApp.post(twilio.whatsApp(CUSTOMER, "Hello").postedTo(WhatsApp.WEBHOOK));

        assertThat(messages.find(sid))
                .get()
                .extracting(InboundMessage::status)
                .isEqualTo(InboundMessage.Status.RECEIVED);
        assertThat(whatsApp.repliesTo(CUSTOMER)).isEmpty();
        assertThat(whatsApp.awaitProcessed(sid).status()).isEqualTo(InboundMessage.Status.ANSWERED);
    }

    @Test
    void theMessageAndTheReplyAreStoredInTheConversationHistory() throws Exception {
        InboundMessage answered = whatsApp.sendAndAwait(CUSTOMER, "Do you deliver to the suburbs?");

        assertThat(history.of(CUSTOMER))
                .extracting(ConversationHistory.Line::role, ConversationHistory.Line::text)
                .containsExactly(
                        tuple("customer", "Do you deliver to the suburbs?"), tuple("assistant", answered.reply()));
        assertThat(messages.find(answered.messageSid()))
                .get()
                .extracting(InboundMessage::body, InboundMessage::attempts)
                .containsExactly("Do you deliver to the suburbs?", 1);
    }

    @Test
    void mediaIsAcceptedStoredAndDescribedToTheAgent() throws Exception {
        String sid = whatsApp.post(twilio.whatsApp(CUSTOMER, "Can you make this bouquet?")
                .media("https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", "image/jpeg")
                .postedTo(WhatsApp.WEBHOOK));

        InboundMessage answered = whatsApp.awaitProcessed(sid);

        assertThat(sid).startsWith("MM");
        assertThat(answered.media())
                .containsExactly(new InboundMessage.Media(
                        "https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1", "image/jpeg"));
        verifier.assertThat("openai")
                .called("responses.create")
                .once()
                .withBodyContaining(
                        "[The customer attached image/jpeg: https://api.twilio.com/2010-04-01/Accounts/AC1/Messages/MM1/Media/ME1]");
    }

    @Test
    void aCustomerKeepsOneConversationAcrossMessages() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "Hello");
        whatsApp.sendAndAwait(CUSTOMER, "Do you sell tulips?");

        String created = verifier.assertThat("openai")
                .called("conversations.create")
                .single()
                .responseBody();
        String conversation = created.replaceAll("(?s).*\"id\"\\s*:\\s*\"(conv_[^\"]+)\".*", "$1");
        assertThat(conversation).startsWith("conv_");
        verifier.assertThat("openai")
                .called("responses.create")
                .withJsonPath("conversation", conversation)
                .times(2);
        assertThat(whatsApp.repliesTo(CUSTOMER))
                .containsExactly("You said: \"Hello\"", "You said: \"Do you sell tulips?\"");
    }

    @Test
    void twoCustomersWritingAtOnceEachGetTheirOwnAnswer() throws Exception {
        String first = whatsApp.post(
                twilio.whatsApp("+15550000001", "First customer here").postedTo(WhatsApp.WEBHOOK));
        String second = whatsApp.post(
                twilio.whatsApp("+15550000002", "Second customer here").postedTo(WhatsApp.WEBHOOK));

        whatsApp.awaitProcessed(first);
        whatsApp.awaitProcessed(second);

        assertThat(whatsApp.repliesTo("whatsapp:+15550000001"))
                .singleElement()
                .asString()
                .contains("First customer here");
        assertThat(whatsApp.repliesTo("whatsapp:+15550000002"))
                .singleElement()
                .asString()
                .contains("Second customer here");
        verifier.assertThat("openai").called("conversations.create").times(2);
    }
}
