package dev.mockapis.twilioapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockApis;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An application whose tests forgot to map its own auth token to the fake's: every simulated webhook is
 * answered 403, and the test output says why and what to map.
 */
@SpringBootTest(classes = TwilioTestApplication.class, properties = "twilio.auth-token=the-apps-production-token")
@AutoConfigureMockMvc
@MockApis
@ExtendWith(OutputCaptureExtension.class)
class UnmappedAuthTokenIntegrationTests {

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator simulator;

    @Test
    void aCorrectlySignedWebhookAnswered403NamesThePropertyToMap(CapturedOutput output) throws Exception {
        TwilioWebhook hello = simulator.whatsApp("+15551234567", "Hello").postedTo("/twilio/whatsapp");

        mockMvc.perform(hello.request()).andExpect(status().isForbidden());

        assertThat(output.getOut() + output.getErr())
                .contains("answered 403 to a Twilio webhook (POST http://localhost/twilio/whatsapp)")
                .contains("twilio.auth-token=${mockapis.twilio.auth-token}")
                .contains("mockapis.twilio.webhook-base-url");
    }

    @Test
    void aForgedWebhookAnswered403IsNoSurpriseAndGetsNoHint(CapturedOutput output) throws Exception {
        TwilioWebhook hello = simulator.whatsApp("+15551234567", "Hello").postedTo("/twilio/whatsapp");

        mockMvc.perform(hello.forged()).andExpect(status().isForbidden());
        mockMvc.perform(hello.unsigned()).andExpect(status().isForbidden());

        assertThat(output.getOut() + output.getErr()).doesNotContain("to a Twilio webhook");
    }
}
