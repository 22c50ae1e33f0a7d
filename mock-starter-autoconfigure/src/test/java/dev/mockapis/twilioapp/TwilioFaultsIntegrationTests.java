package dev.mockapis.twilioapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.MockApiServers;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.core.Fault;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Faults and errors as twilio-java reports them: its retries of 5xx, and the exceptions the application sees. */
@SpringBootTest(classes = TwilioTestApplication.class)
@AutoConfigureMockMvc
@MockApis
class TwilioFaultsIntegrationTests {

    private static final ProviderError UNAVAILABLE = new ProviderError(503, "20503", null, "Service unavailable", null);

    @Autowired
    TwilioRestClient twilio;

    @Autowired
    MockApiServers servers;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void serverErrorsAreRetriedByTheSdkThreeTimesThenRaised() {
        servers.activate("twilio", onCreate("down", rule -> rule.fail(UNAVAILABLE)));

        assertThatThrownBy(this::send).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(503);
            assertThat(e.getCode()).isEqualTo(20503);
        });
        verifier.assertThat("twilio").called("messages.create").times(3);
    }

    @Test
    void failingTwiceThenSucceedingIsRecoveredByTheSdksRetries() {
        servers.activate(
                "twilio",
                onCreate(
                        "flaky",
                        rule -> rule.fail(UNAVAILABLE).fail(UNAVAILABLE).proceed()));

        assertThat(send().getSid()).matches("SM[0-9a-f]{32}");
        verifier.assertThat("twilio").called("messages.create").times(3);
    }

    @Test
    void aClientErrorIsAnApiExceptionWithTwiliosCodeAndIsNotRetried() {
        servers.activate(
                "twilio",
                onCreate(
                        "bad_number",
                        rule -> rule.fail(
                                new ProviderError(400, "21211", null, "Invalid 'To' Phone Number: +1555", null))));

        assertThatThrownBy(this::send).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(400);
            assertThat(e.getCode()).isEqualTo(21211);
        });
        verifier.assertThat("twilio").called("messages.create").once();
    }

    @Test
    void aConnectionResetIsAnApiConnectionException() {
        servers.activate("twilio", onCreate("reset", rule -> rule.fault(Fault.connectionReset())));

        assertThatThrownBy(this::send).isInstanceOf(ApiConnectionException.class);
    }

    @Test
    void aDisconnectHalfWayThroughTheBodyIsAnApiConnectionException() {
        servers.activate("twilio", onCreate("cut_off", rule -> rule.fault(Fault.disconnectMidBody())));

        assertThatThrownBy(this::send).isInstanceOf(ApiConnectionException.class);
    }

    @Test
    @MockApis(twilio = "rate_limited")
    void tooManyRequestsIsError20429AndIsNotRetried() {
        assertThatThrownBy(this::send).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(429);
            assertThat(e.getCode()).isEqualTo(20429);
        });
        verifier.assertThat("twilio").called("messages.create").once();
    }

    private Message send() {
        return Message.creator(
                        new PhoneNumber("whatsapp:+15551234567"),
                        new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER),
                        "Hi")
                .create(twilio);
    }

    private static Scenario onCreate(String name, UnaryOperator<Rule.Builder> script) {
        return Scenario.builder(name).on("messages.create", script).build();
    }
}
