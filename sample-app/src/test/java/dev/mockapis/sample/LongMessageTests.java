package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import dev.mockapis.openai.OpenAiScenarios;
import dev.mockapis.sample.persistence.ConversationHistory;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * WhatsApp's limits end to end: a customer's message of 4,096 characters is stored and answered, a
 * reply longer than Twilio's 1,600 characters goes out as several messages, and a reply Twilio keeps
 * refusing is replaced by the fallback rather than lost.
 */
@AssistantTest
class LongMessageTests {

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
    void aMessageOfWhatsAppsFull4096CharactersIsStoredAndAnswered() throws Exception {
        String text = "Please deliver the roses to the back door. ".repeat(96).substring(0, 4096);
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("short_answer")
                        .replies("Noted, thank you!")
                        .build());

        InboundMessage answered = whatsApp.sendAndAwait(CUSTOMER, text);

        assertThat(answered.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        assertThat(answered.body()).isEqualTo(text);
        verifier.assertThat("openai").called("responses.create").once().withJsonPath("input", text);
        assertThat(whatsApp.repliesTo(CUSTOMER)).containsExactly("Noted, thank you!");
        assertThat(history.of(CUSTOMER))
                .extracting(ConversationHistory.Line::text)
                .containsExactly(text, "Noted, thank you!");
    }

    @Test
    void aReplyOf1601CharactersGoesOutAsTwoMessagesWithNothingLost() throws Exception {
        String reply = "Our bouquets ".repeat(124).substring(0, 1601);
        assertThat(reply).hasSize(1601);
        servers.server("openai")
                .useScenario(
                        OpenAiScenarios.builder("long_answer").replies(reply).build());

        InboundMessage answered = whatsApp.sendAndAwait(CUSTOMER, "Tell me everything about your bouquets");

        assertThat(answered.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        assertThat(answered.reply()).isEqualTo(reply);
        assertThat(whatsApp.repliesTo(CUSTOMER))
                .hasSize(2)
                .allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(1600))
                .satisfies(parts -> assertThat(String.join(" ", parts)).isEqualTo(reply.strip()));
        verifier.assertThat("twilio").called("messages.create").times(2);
    }

    @Test
    void aReplyTwilioRefusesOnEveryRetryIsReplacedByTheFallback() throws Exception {
        ProviderError refused = ProviderError.of(400, "21610", "Attempt to send to unsubscribed recipient");
        servers.server("twilio")
                .useScenario(Scenario.builder("refuses_the_reply")
                        .on(
                                "messages.create",
                                rule -> rule.fail(refused)
                                        .fail(refused)
                                        .fail(refused)
                                        .proceed())
                        .build());

        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThat(message.status()).isEqualTo(InboundMessage.Status.DEAD_LETTERED);
        assertThat(message.reply()).isEqualTo("You said: \"Hello\"");
        assertThat(whatsApp.repliesTo(CUSTOMER))
                .hasSize(4)
                .last()
                .asString()
                .startsWith("Sorry, our assistant is taking a short break");
        verifier.assertThat("openai").called("responses.create").once();
    }
}
