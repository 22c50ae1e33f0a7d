package com.example.bakery;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The README's quick-start test, as written there; the second test's body is the one the README leaves out. */
@SpringBootTest
@AutoConfigureMockMvc
@MockApis // openai = "successful_conversation", twilio = "successful_messaging"
class WhatsAppWebhookTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void aSignedMessageIsAnsweredThroughOpenAiAndTwilio() throws Exception {
        mockMvc.perform(twilio.whatsApp("+15551234567", "Do you have croissants today?")
                        .postedTo("/twilio/whatsapp")
                        .request())
                .andExpect(status().isOk());

        verifier.expectCalls("openai", "chat.completions.create");
        verifier.assertThat("twilio").called("messages.create").once().withFormParam("To", "whatsapp:+15551234567");
        verifier.assertNoUnmatchedRequests();
    }

    @Test
    @MockApis(openai = "server_error") // the method's annotation wins over the class's
    void whenOpenAiFailsTheCustomerGetsAFallback() throws Exception {
        mockMvc.perform(twilio.whatsApp("+15551234567", "Do you have croissants today?")
                        .postedTo("/twilio/whatsapp")
                        .request())
                .andExpect(status().isOk());

        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("Body", WhatsAppController.FALLBACK);
    }
}
