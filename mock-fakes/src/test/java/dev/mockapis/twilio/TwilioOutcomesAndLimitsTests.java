package dev.mockapis.twilio;

import static dev.mockapis.twilio.TwilioSdkErrorTests.assertTwilioError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.RateLimit;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.ScenarioFileException;
import dev.mockapis.core.ScenarioFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Delivery outcomes assigned per recipient from a scenario file, and a simulated Twilio rate limit. */
class TwilioOutcomesAndLimitsTests {

    private static final PhoneNumber BUSINESS_WHATSAPP = new PhoneNumber("whatsapp:+14155238886");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @BeforeEach
    void reset() {
        twilio.server.removeRateLimit();
    }

    @Test
    void aScenarioFileAssignsFinalStatusesAndErrorCodesByRecipient() {
        Scenario scenario = ScenarioFiles.read("mockapis/scenarios/twilio/by_recipient.yaml", """
                description: UK numbers are filtered, one landline is unreachable, the rest are delivered
                rules:
                  - operation: messages.create
                    when: { formMatches: { To: "whatsapp:\\\\+44.*" } }
                    steps: [ { proceed: { deliver: undelivered, errorCode: 30007 } } ]
                  - operation: messages.create
                    when: { form: { To: "whatsapp:+14155550111" } }
                    steps: [ { proceed: { deliver: failed, errorCode: 30003 } } ]
                """, twilio.fake);
        twilio.server.register(scenario);
        twilio.server.useScenario("by_recipient");
        // the US customer wrote first, so a freeform reply is inside their 24-hour window
        twilio.fake.receiveInbound("whatsapp:+14155550100", BUSINESS_WHATSAPP.toString());

        Message uk = send("whatsapp:+447700900123");
        Message landline = send("whatsapp:+14155550111");
        Message us = send("whatsapp:+14155550100");
        twilio.fake.deliverAll();

        assertThat(fetch(uk).getStatus()).isEqualTo(Message.Status.UNDELIVERED);
        assertThat(fetch(uk).getErrorCode()).isEqualTo(30007);
        assertThat(fetch(landline).getStatus()).isEqualTo(Message.Status.FAILED);
        assertThat(fetch(landline).getErrorCode()).isEqualTo(30003);
        assertThat(fetch(us).getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(twilio.fake.takeStatusCallbacks())
                .filteredOn(callback -> callback.messageSid().equals(uk.getSid()))
                .last()
                .satisfies(callback -> assertThat(callback.param("ErrorCode")).hasValue("30007"));
    }

    @Test
    void aBadDirectiveInAFileNamesTheAcceptedForms() {
        assertThatThrownBy(() -> ScenarioFiles.read("bad.yaml", """
                rules:
                  - operation: messages.create
                    steps: [ { proceed: { deliver: lost } } ]
                """, twilio.fake))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining(
                        "bad.yaml, line 2, rules[0].steps[0].proceed: A delivery outcome ends delivered, failed or undelivered");
    }

    @Test
    void theRequestPastARateLimitGetsTwiliosTooManyRequests() {
        twilio.server.limitRate(RateLimit.requestsPerMinute(2));
        send("whatsapp:+14155550100");
        send("whatsapp:+14155550100");

        assertTwilioError(() -> send("whatsapp:+14155550100"), 429, 20429, "Too Many Requests");
    }

    private static Message send(String to) {
        return Message.creator(new PhoneNumber(to), BUSINESS_WHATSAPP, "Your order has shipped")
                .setStatusCallback(java.net.URI.create("https://shop.example.com/twilio/status"))
                .create(twilio.client);
    }

    private static Message fetch(Message message) {
        return Message.fetcher(message.getSid()).fetch(twilio.client);
    }
}
