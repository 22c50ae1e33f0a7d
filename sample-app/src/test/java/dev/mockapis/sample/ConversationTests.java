package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.ConversationFixture;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.openai.OpenAiMatchers;
import dev.mockapis.openai.OpenAiScenarios;
import dev.mockapis.sample.agents.runtime.RuntimeKind;
import dev.mockapis.sample.agents.runtime.RuntimeSelector;
import dev.mockapis.sample.persistence.ConversationHistory;
import dev.mockapis.sample.state.SharedState;
import dev.mockapis.sample.state.SharedStateStore;
import dev.mockapis.sample.webhook.InboundMessages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Multi-turn conversations with the agents, run once per OpenAI runtime by the subclasses: the same
 * scripted model answers the Responses runtime and the Assistants runtime, since MockApis scripts
 * model turns whichever API asks for them. The runtime is switched per test, not per context.
 */
@AssistantTest
abstract class ConversationTests {

    static final String CUSTOMER = "whatsapp:+15551234567";

    static final ConversationFixture PRICING = ConversationFixture.with(CUSTOMER)
            .turn("Hello", "Hi! Welcome to Bloom & Stem.")
            .turn("How much is a dozen roses?", "A dozen roses is $36.")
            .turn("Thanks", "You're welcome!");

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
    RuntimeSelector runtimes;

    @Autowired
    ConversationHistory history;

    @Autowired
    SharedStateStore state;

    @Autowired
    JdbcClient jdbc;

    WhatsApp whatsApp;

    /** The runtime under test. */
    abstract RuntimeKind runtime();

    /** The operation that starts an agent's turn on this runtime. */
    abstract String turnOperation();

    /** The operation that sends tool outputs back to the model on this runtime. */
    abstract String toolOutputOperation();

    /** Requires the OpenAI calls of one customer's conversation of so many turns, all in one conversation or thread. */
    abstract void expectOneConversation(int turns);

    @BeforeEach
    void useRuntime() {
        runtimes.use(runtime());
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    void eachMessageOfAConversationIsAnsweredInOrderWithinOneConversation() throws Exception {
        servers.server("openai").useScenario(PRICING.openAiScenario("pricing").scenario());

        for (TwilioWebhook webhook : PRICING.webhooks(twilio, WhatsApp.WEBHOOK)) {
            whatsApp.awaitProcessed(whatsApp.post(webhook));
        }

        assertThat(whatsApp.repliesTo(CUSTOMER)).containsExactlyElementsOf(PRICING.expectedReplies());
        assertThat(history.of(CUSTOMER))
                .extracting(ConversationHistory.Line::text)
                .containsExactly(
                        "Hello",
                        "Hi! Welcome to Bloom & Stem.",
                        "How much is a dozen roses?",
                        "A dozen roses is $36.",
                        "Thanks",
                        "You're welcome!");
        expectOneConversation(PRICING.turns().size());
        verifier.assertNoUnmatchedRequests();
    }

    @Test
    void triageHandsAnOrderQuestionToTheOrdersAgentWhoLooksTheOrderUp() throws Exception {
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("order_handoff")
                        .when(
                                OpenAiMatchers.instructionsContain("order specialist")
                                        .and(OpenAiMatchers.toolResultsReturned()),
                                "Your order 1001 has shipped and arrives on 24 November.")
                        .when(
                                OpenAiMatchers.instructionsContain("order specialist"),
                                Reply.toolCall("lookup_order", "{\"order_number\":\"1001\"}"))
                        .when(OpenAiMatchers.toolResultsReturned(), "Let me get our order specialist.")
                        .when(
                                OpenAiMatchers.userTextContains("order"),
                                Reply.toolCall(
                                        "transfer_to_agent",
                                        "{\"agent\":\"orders\",\"note\":\"Asks where order 1001 is\"}"))
                        .build());

        whatsApp.sendAndAwait(CUSTOMER, "Where is my order 1001?");

        assertThat(whatsApp.repliesTo(CUSTOMER))
                .containsExactly("Your order 1001 has shipped and arrives on 24 November.");
        assertThat(verifier.assertThat("order-service")
                        .called("orders.get")
                        .single()
                        .path())
                .isEqualTo("/orders/1001");
        // the order service's answer went back to the model the way this API takes tool outputs
        verifier.assertThat("openai")
                .called(toolOutputOperation())
                .withBodyContaining("\\\"status\\\":\\\"SHIPPED\\\"");
        // the specialist's turn carries triage's private note
        verifier.assertThat("openai")
                .called(turnOperation())
                .withBodyContaining("from triage: Asks where order 1001 is");
        assertThat(state.get(CUSTOMER, "active_agent"))
                .get()
                .extracting(SharedState::value, SharedState::updatedBy)
                .containsExactly("orders", "triage");
        assertThat(state.get(CUSTOMER, "last_order"))
                .get()
                .extracting(SharedState::value, SharedState::updatedBy)
                .containsExactly("1001", "orders");
        assertThat(history.of(CUSTOMER))
                .last()
                .extracting(ConversationHistory.Line::agent)
                .isEqualTo("orders");
    }

    @Test
    void theBookingsAgentBooksTheSlotTheCustomerAskedFor() throws Exception {
        state.put(CUSTOMER, "active_agent", "bookings", 0, "triage");
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("booking")
                        .when(
                                OpenAiMatchers.toolResultsReturned(),
                                "You're booked for the bouquet workshop on 5 December at 10:00.")
                        .replies(Reply.toolCall(
                                "book_appointment",
                                "{\"service\":\"bouquet workshop\",\"date\":\"2026-12-05\",\"time\":\"10:00\"}"))
                        .build());

        whatsApp.sendAndAwait(CUSTOMER, "Can I join the bouquet workshop on 5 December at 10?");

        assertThat(jdbc.sql("select customer, service from appointment")
                        .query((row, n) -> row.getString(1) + " " + row.getString(2))
                        .list())
                .containsExactly(CUSTOMER + " bouquet workshop");
        assertThat(whatsApp.repliesTo(CUSTOMER))
                .containsExactly("You're booked for the bouquet workshop on 5 December at 10:00.");
    }

    @Test
    void aTakenSlotIsReportedToTheModelInsteadOfFailingTheConversation() throws Exception {
        state.put(CUSTOMER, "active_agent", "bookings", 0, "triage");
        state.put("whatsapp:+15550000009", "active_agent", "bookings", 0, "triage");
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("double_booking")
                        .when(OpenAiMatchers.toolResultsReturned(), Reply.echo())
                        .replies(Reply.toolCall(
                                "book_appointment",
                                "{\"service\":\"fitting\",\"date\":\"2026-12-05\",\"time\":\"11:00\"}"))
                        .build());

        whatsApp.sendAndAwait("whatsapp:+15550000009", "A fitting on 5 December at 11, please");
        whatsApp.sendAndAwait(CUSTOMER, "A fitting on 5 December at 11, please");

        assertThat(whatsApp.repliesTo(CUSTOMER)).singleElement().asString().contains("That slot is taken");
    }
}
