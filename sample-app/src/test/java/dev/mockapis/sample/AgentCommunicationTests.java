package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.openai.OpenAiMatchers;
import dev.mockapis.openai.OpenAiScenarios;
import dev.mockapis.sample.agents.AgentMessage;
import dev.mockapis.sample.agents.AgentMessageBus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Agent communication: private notes reach one agent, broadcasts reach all, and agents read them on their next turn. */
@AssistantTest
class AgentCommunicationTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    MockApiServers servers;

    @Autowired
    AgentMessageBus bus;

    @Test
    void aPrivateMessageIsDeliveredToItsRecipientOnly() throws Exception {
        mockMvc.perform(post("/api/agents/triage/messages")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"orders\",\"customer\":\"" + CUSTOMER
                                + "\",\"body\":\"VIP customer, be quick\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.delivered").value(true))
                .andExpect(jsonPath("$.recipients").value(Matchers.contains("orders")));

        assertThat(bus.inbox("orders", CUSTOMER))
                .extracting(AgentMessage::from, AgentMessage::body)
                .containsExactly(tuple("triage", "VIP customer, be quick"));
        assertThat(bus.inbox("bookings", CUSTOMER)).isEmpty();
        assertThat(bus.inbox("orders", "whatsapp:+15550000002")).isEmpty();
    }

    @Test
    void aBroadcastReachesEveryOtherAgentForEveryCustomer() throws Exception {
        mockMvc.perform(post("/api/agents/triage/messages")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"We close at 15:00 today\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.recipients")
                        .value(Matchers.containsInAnyOrder("orders", "bookings", "researcher", "writer", "reviewer")));

        mockMvc.perform(get("/api/agents/orders/inbox")
                        .header("Authorization", StaffToken.BEARER)
                        .param("customer", CUSTOMER))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].body").value("We close at 15:00 today"))
                .andExpect(jsonPath("$[0].to").doesNotExist());
        assertThat(bus.inbox("bookings", "whatsapp:+15550000002"))
                .extracting(AgentMessage::body)
                .containsExactly("We close at 15:00 today");
        assertThat(bus.inbox("triage", CUSTOMER))
                .as("the sender's own broadcast")
                .isEmpty();
    }

    @Test
    void aMessageToAnAgentThatDoesNotExistIsRejected() throws Exception {
        mockMvc.perform(post("/api/agents/triage/messages")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"accounting\",\"body\":\"Hi\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("known: triage, orders, bookings")));
    }

    @Test
    void anAgentReadsItsNotesInTheInstructionsOfItsNextTurn() throws Exception {
        bus.send(null, "bookings", null, "The rose workshop on Friday is full");
        bus.send(CUSTOMER, "orders", "triage", "This customer's order 1002 is delayed");

        mockMvc.perform(post("/api/chat")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\":\"" + CUSTOMER + "\",\"message\":\"Any news?\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agent").value("triage"));

        verifier.assertThat("openai")
                .called("responses.create")
                .once()
                .withBodyContaining("from bookings: The rose workshop on Friday is full")
                .withBodyContaining("from orders: This customer's order 1002 is delayed");
    }

    @Test
    void handingACustomerToAPersonBroadcastsItToEveryAgent() throws Exception {
        servers.server("openai")
                .useScenario(OpenAiScenarios.builder("wants_a_person")
                        .when(OpenAiMatchers.toolResultsReturned(), "A colleague will call you shortly.")
                        .replies(Reply.toolCall(
                                "hand_off_to_human", "{\"reason\":\"Complaint about a wilted bouquet\"}"))
                        .build());

        mockMvc.perform(post("/api/chat")
                        .header("Authorization", StaffToken.BEARER)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"customer\":\"" + CUSTOMER + "\",\"message\":\"I want to talk to a person\"}"))
                .andExpect(jsonPath("$.text").value("A colleague will call you shortly."));

        assertThat(bus.inbox("orders", CUSTOMER))
                .extracting(AgentMessage::body)
                .containsExactly("A person from the team is taking over: Complaint about a wilted bouquet");
        assertThat(bus.inbox("bookings", CUSTOMER)).hasSize(1);
        mockMvc.perform(get("/api/customers/{customer}/state/human_handoff", CUSTOMER)
                        .header("Authorization", StaffToken.BEARER))
                .andExpect(jsonPath("$.value").value("Complaint about a wilted bouquet"));
    }
}
