package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import dev.mockapis.sample.deadletter.DeadLetter;
import dev.mockapis.sample.deadletter.DeadLetters;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Webhook retries: a message whose answer cannot be sent is retried with exponential backoff, then kept
 * as a dead letter that staff can list and re-drive once the cause is gone. Nothing is lost.
 */
@AssistantTest
class WebhookRetryTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";
    private static final String ADMIN = StaffToken.BEARER;
    private static final ProviderError TWILIO_DOWN = ProviderError.of(429, "20429", "Too Many Requests");

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
    DeadLetters deadLetters;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    void aSendThatFailsTwiceIsRetriedWithGrowingPausesAndTheModelIsAskedOnlyOnce() throws Exception {
        servers.server("twilio")
                .useScenario(Scenario.builder("twilio_recovers")
                        .on(
                                "messages.create",
                                rule -> rule.fail(TWILIO_DOWN).fail(TWILIO_DOWN).proceed())
                        .build());

        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThat(message.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        assertThat(message.attempts()).isEqualTo(3);
        List<Interaction> sends =
                verifier.assertThat("twilio").called("messages.create").times(3).calls();
        Duration firstPause = Duration.between(sends.get(0).time(), sends.get(1).time());
        Duration secondPause =
                Duration.between(sends.get(1).time(), sends.get(2).time());
        // the test profile backs off 20 ms, then 40 ms
        assertThat(firstPause).isGreaterThanOrEqualTo(Duration.ofMillis(20));
        assertThat(secondPause).isGreaterThanOrEqualTo(Duration.ofMillis(40));
        verifier.assertThat("openai").called("responses.create").once();
        verifier.assertAllScriptedResponsesUsed();
        assertThat(deadLetters.list(false)).isEmpty();
    }

    @Test
    @MockApis(twilio = "rate_limited")
    void aMessageThatStillFailsAfterEveryRetryIsKeptAsADeadLetter() throws Exception {
        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThat(message.status()).isEqualTo(InboundMessage.Status.DEAD_LETTERED);
        assertThat(deadLetters.list(true)).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.kind()).isEqualTo("inbound_message");
            assertThat(deadLetter.reference()).isEqualTo(message.messageSid());
            assertThat(deadLetter.attempts()).isEqualTo(3);
            assertThat(deadLetter.error()).contains("Too Many Requests");
        });
        mockMvc.perform(get("/admin/dead-letters").header("Authorization", ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].reference").value(message.messageSid()))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
    }

    @Test
    @MockApis(twilio = "rate_limited")
    void aDeadLetterReDrivenAfterTheOutageIsAnsweredWithTheReplyAlreadyGenerated() throws Exception {
        InboundMessage failed = whatsApp.sendAndAwait(CUSTOMER, "Hello");
        DeadLetter deadLetter = deadLetters.list(true).get(0);
        servers.server("twilio").useScenario("successful_messaging");

        mockMvc.perform(post("/admin/dead-letters/{id}/redrive", deadLetter.id())
                        .header("Authorization", ADMIN))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("REDRIVEN"));
        InboundMessage answered = whatsApp.awaitProcessed(failed.messageSid());

        assertThat(answered.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        assertThat(whatsApp.repliesTo(CUSTOMER)).last().isEqualTo(failed.reply());
        verifier.assertThat("openai").called("responses.create").once();
        assertThat(deadLetters.list(true)).isEmpty();
        mockMvc.perform(post("/admin/dead-letters/{id}/redrive", deadLetter.id())
                        .header("Authorization", ADMIN))
                .andExpect(status().isConflict());
    }

    @Test
    @MockApis(openai = "server_error")
    void whenTheModelKeepsFailingTheMessageIsDeadLetteredAndTheCustomerGetsTheFallback() throws Exception {
        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThat(message.status()).isEqualTo(InboundMessage.Status.DEAD_LETTERED);
        verifier.assertThat("openai").called("responses.create").times(3);
        assertThat(whatsApp.repliesTo(CUSTOMER))
                .singleElement()
                .asString()
                .startsWith("Sorry, our assistant is taking a short break");
        assertThat(deadLetters.list(true))
                .singleElement()
                .extracting(DeadLetter::error)
                .asString()
                .contains("500");
    }

    @Test
    void theDeadLetterEndpointsRequireTheAdminToken() throws Exception {
        mockMvc.perform(get("/admin/dead-letters")).andExpect(status().isUnauthorized());
        mockMvc.perform(get("/admin/dead-letters").header("Authorization", "Bearer wrong"))
                .andExpect(status().isUnauthorized());
        mockMvc.perform(post("/admin/dead-letters/1/redrive")).andExpect(status().isUnauthorized());
    }
}
