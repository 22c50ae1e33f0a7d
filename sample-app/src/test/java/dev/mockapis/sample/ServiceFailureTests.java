package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Interaction;
import dev.mockapis.sample.resilience.LlmCircuitBreaker;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Service failures of the language model: timeouts and errors reach the caller as 504 and 502, a flaky
 * model is retried with backoff, and the circuit breaker opens on an outage, answers with the polite
 * fallback without calling the model, and closes again once the model is back.
 */
@AssistantTest
class ServiceFailureTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";
    private static final String FALLBACK =
            "Sorry, our assistant is taking a short break. A person from Bloom & Stem will get back to you shortly.";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    MockApiServers servers;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    InboundMessages messages;

    @Autowired
    LlmCircuitBreaker breaker;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    @MockApis(openai = "timeout")
    void aModelThatDoesNotAnswerInTimeIsAGatewayTimeout() throws Exception {
        chat("Hello")
                .andExpect(status().isGatewayTimeout())
                .andExpect(jsonPath("$.detail").value("The language model did not answer in time"));
    }

    @Test
    @MockApis(openai = "server_error")
    void aModelErrorIsABadGateway() throws Exception {
        chat("Hello")
                .andExpect(status().isBadGateway())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("500")));
    }

    @Test
    @MockApis(openai = "flaky")
    void aFlakyModelIsRetriedWithBackoffUntilItAnswersTheCustomer() throws Exception {
        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThat(message.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        assertThat(message.attempts()).isEqualTo(3);
        List<Interaction> turns = verifier.assertThat("openai")
                .called("responses.create")
                .times(3)
                .calls();
        assertThat(turns).extracting(Interaction::status).containsExactly(500, 503, 200);
        assertThat(Duration.between(turns.get(1).time(), turns.get(2).time()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(40));
        assertThat(whatsApp.repliesTo(CUSTOMER)).containsExactly("You said: \"Hello\"");
    }

    @Test
    void theCircuitBreakerOpensOnAnOutageAnswersPolitelyAndClosesOnceTheModelIsBack() throws Exception {
        servers.server("openai").useScenario("overloaded");
        for (int i = 0; i < 4; i++) {
            chat("Hello").andExpect(status().isBadGateway());
        }
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        mockMvc.perform(get("/admin/status").header("Authorization", StaffToken.BEARER))
                .andExpect(jsonPath("$.llmCircuitBreaker").value("OPEN"));

        chat("Are you there?")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.degraded").value(true))
                .andExpect(jsonPath("$.text").value(FALLBACK));
        verifier.assertThat("openai").called("responses.create").times(4);

        servers.server("openai").useScenario("successful_conversation");
        await("the breaker lets a trial call through")
                .atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(breaker::state, CircuitBreaker.State.HALF_OPEN::equals);
        chat("Are you back?")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.degraded").value(false))
                .andExpect(jsonPath("$.text").value("You said: \"Are you back?\""));

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aTrialCallThatFailsOpensTheBreakerAgain() throws Exception {
        servers.server("openai").useScenario("server_error");
        for (int i = 0; i < 4; i++) {
            chat("Hello");
        }
        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(20))
                .until(breaker::state, CircuitBreaker.State.HALF_OPEN::equals);

        chat("Still down?").andExpect(status().isBadGateway());

        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void whileTheBreakerIsOpenWhatsAppCustomersGetTheFallbackAtOnce() throws Exception {
        servers.server("openai").useScenario("server_error");
        for (int i = 0; i < 4; i++) {
            chat("Hello");
        }
        int modelCalls = verifier.operations("openai").size();

        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Where is my order?");

        assertThat(message.status()).isEqualTo(InboundMessage.Status.FALLBACK);
        assertThat(message.attempts()).as("an open breaker is not retried").isEqualTo(1);
        assertThat(whatsApp.repliesTo(CUSTOMER)).containsExactly(FALLBACK);
        assertThat(verifier.operations("openai")).hasSize(modelCalls);
    }

    private ResultActions chat(String message) throws Exception {
        return mockMvc.perform(post("/api/chat")
                .header("Authorization", StaffToken.BEARER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"customer\":\"" + CUSTOMER + "\",\"message\":\"" + message + "\"}"));
    }
}
