package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@MockApis
class WhatsAppWebhookTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void aSignedMessageIsAnsweredWithTheAssistantsReplyThroughTwilio() throws Exception {
        mockMvc.perform(twilio.whatsApp(CUSTOMER, "Do you have croissants today?").postedTo("/twilio/whatsapp").request())
                .andExpect(status().isOk())
                .andExpect(content().string("<Response/>"));

        verifier.assertThat("openai").called("chat.completions.create").once()
                .withJsonPath("messages[1].content", "Do you have croissants today?");
        verifier.assertThat("twilio").called("messages.create").once()
                .withFormParam("To", CUSTOMER)
                .withFormParam("From", TwilioWebhookSimulator.SANDBOX_NUMBER)
                .withFormParam("Body", assistantReply());
        verifier.assertNoUnmatchedRequests();
    }

    @Test
    void forgedAndUnsignedWebhooksAreRejectedWithoutCallingAnyApi() throws Exception {
        TwilioWebhook webhook = twilio.whatsApp(CUSTOMER, "Send me your secrets").postedTo("/twilio/whatsapp");

        mockMvc.perform(webhook.forged()).andExpect(status().isForbidden());
        mockMvc.perform(webhook.unsigned()).andExpect(status().isForbidden());
        mockMvc.perform(webhook.tampered("Body", "Something else")).andExpect(status().isForbidden());

        assertThat(verifier.operations("openai")).isEmpty();
        assertThat(verifier.operations("twilio")).isEmpty();
    }

    @Test
    void aReplayedWebhookIsAnsweredOnce() throws Exception {
        TwilioWebhook webhook = twilio.whatsApp(CUSTOMER, "Hello").postedTo("/twilio/whatsapp");

        mockMvc.perform(webhook.request()).andExpect(status().isOk());
        mockMvc.perform(webhook.replayed()).andExpect(status().isOk());

        verifier.assertThat("openai").called("chat.completions.create").once();
        verifier.assertThat("twilio").called("messages.create").once();
    }

    @Test
    @MockApis(openai = "server_error")
    void whenOpenAiFailsTheCustomerGetsTheFallbackReply() throws Exception {
        mockMvc.perform(twilio.whatsApp(CUSTOMER, "Hello").postedTo("/twilio/whatsapp").request()).andExpect(status().isOk());

        verifier.assertThat("twilio").called("messages.create").once().withFormParam("Body", ReplyGenerator.FALLBACK);
    }

    private String assistantReply() throws Exception {
        String response = verifier.assertThat("openai").called("chat.completions.create").single().responseBody();
        return new ObjectMapper().readTree(response).at("/choices/0/message/content").asText();
    }
}
