package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.openai.OpenAiMatchers;
import dev.mockapis.openai.OpenAiScenarios;
import dev.mockapis.sample.state.SharedStateStore;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Mock validation: the fakes are called with the right arguments, nothing is called that no route
 * serves, no scripted response goes unused (over-mocking), the application's own logic runs on what the
 * fakes answer, and every test starts from clean fakes and a clean database.
 */
@AssistantTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MockValidationTests {

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
    SharedStateStore state;

    @Autowired
    JdbcClient jdbc;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    @Order(1)
    void theExpectedCallsAreMadeWithTheExpectedArguments() throws Exception {
        InboundMessage message = whatsApp.sendAndAwait(CUSTOMER, "Do you have sunflowers?");

        verifier.expectCalls("openai", "conversations.create", "responses.create");
        verifier.expectCalls("twilio", "messages.create");
        verifier.assertThat("openai")
                .called("responses.create")
                .once()
                .withJsonPath("model", "gpt-4o-mini")
                .withJsonPath("input", "Do you have sunflowers?")
                .withJsonPathPresent("instructions");
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("To", CUSTOMER)
                .withFormParam("From", TwilioWebhookSimulator.SANDBOX_NUMBER)
                .withFormParam("Body", message.reply())
                .withFormParam("StatusCallback", "http://localhost/twilio/status");
        verifier.assertNoUnmatchedRequests();
    }

    @Test
    @Order(2)
    void everyTestStartsWithCleanFakesAndACleanDatabase() throws Exception {
        assertThat(verifier.operations("openai")).isEmpty();
        assertThat(verifier.operations("twilio")).isEmpty();
        assertThat(servers.server("openai").activeScenario().name()).isEqualTo("successful_conversation");
        assertThat(jdbc.sql("select count(*) from inbound_message")
                        .query(Integer.class)
                        .single())
                .isZero();

        whatsApp.sendAndAwait(CUSTOMER, "Hello again");

        // a fresh fake forgot the first test's conversation, and so did the application
        verifier.assertThat("openai").called("conversations.create").once();
    }

    @Test
    @Order(3)
    void aMissingCallFailsWithWhatWasCalledInstead() throws Exception {
        whatsApp.sendAndAwait(CUSTOMER, "Hello");

        assertThatThrownBy(() -> verifier.expectCalls("twilio", "messages.create", "messages.create"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("missing:  [messages.create]")
                .hasMessageContaining("received: [messages.create]");
        assertThatThrownBy(() -> verifier.assertThat("twilio")
                        .called("messages.create")
                        .withFormParam("To", "whatsapp:+15550000000"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("form param To was: [" + CUSTOMER + "]");
    }

    @Test
    @Order(4)
    void aScriptedResponseTheApplicationNeverReachesIsReportedAsOverMocking() throws Exception {
        servers.server("order-service")
                .useScenario(Scenario.builder("too_many_failures")
                        .on(
                                "orders.get",
                                rule -> rule.fail(ProviderError.of(500, "internal", "Boom"))
                                        .fail(ProviderError.of(500, "internal", "Boom"))
                                        .fail(ProviderError.of(500, "internal", "Boom"))
                                        .fail(ProviderError.of(500, "internal", "Boom"))
                                        .proceed())
                        .build());

        mockMvc.perform(get("/api/orders/1001").header("Authorization", StaffToken.BEARER))
                .andExpect(status().isBadGateway());

        assertThatThrownBy(verifier::assertAllScriptedResponsesUsed)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("over-mocking");
    }

    @Test
    @Order(5)
    void theApplicationsOwnLogicRunsOnWhatTheFakesAnswer() throws Exception {
        state.put("ana@example.com", "active_agent", "orders", 0, "triage");
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("order_status")
                        .turnOperations("responses.create")
                        .when(OpenAiMatchers.toolResultsReturned(), Reply.echo())
                        .replies(Reply.toolCall("lookup_order", "{\"order_number\":\"1002\"}"))
                        .build());

        mockMvc.perform(post("/api/chat")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\":\"ana@example.com\",\"message\":\"Where is order 1002?\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agent").value("orders"));

        // the order service's answer went through the tool, into the shared state and back to the model
        assertThat(state.value("ana@example.com", "last_order", null)).isEqualTo("1002");
        verifier.assertThat("openai")
                .called("responses.create")
                .withBodyContaining("function_call_output")
                .withBodyContaining("PROCESSING")
                .once();
        verifier.assertAllScriptedResponsesUsed();
    }
}
