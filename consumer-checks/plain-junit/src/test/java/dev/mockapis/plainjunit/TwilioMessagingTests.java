package dev.mockapis.plainjunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.Twilio;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.junit.MockApisExtension;
import dev.mockapis.junit.MockApisTest;
import dev.mockapis.junit.SignedWebhook;
import dev.mockapis.junit.TwilioWebhooks;
import org.junit.jupiter.api.Test;

/** twilio-java against the Twilio fake, in plain JUnit 5: the extension injects a client already pointed at the fake. */
@MockApisTest
class TwilioMessagingTests {

    private static final PhoneNumber CUSTOMER = new PhoneNumber("whatsapp:+15551234567");
    private static final PhoneNumber BUSINESS = new PhoneNumber("whatsapp:+14155238886");

    @Test
    void createsAMessageWhoseStatusMovesOnAsItIsFetched(
            TwilioRestClient client, MockInteractionVerifier verifier, TwilioWebhooks webhooks) {
        // the customer wrote first: building their message opens the 24-hour WhatsApp window for the reply
        webhooks.whatsApp(CUSTOMER.toString(), "Where is my order?").postedTo("http://localhost:8080/twilio/whatsapp");
        Message created =
                Message.creator(CUSTOMER, BUSINESS, "Your order has shipped").create(client);

        assertThat(created.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(created.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(Message.fetcher(created.getSid()).fetch(client).getStatus()).isEqualTo(Message.Status.SENT);
        assertThat(Message.fetcher(created.getSid()).fetch(client).getStatus()).isEqualTo(Message.Status.DELIVERED);

        verifier.assertThat("twilio").calledInOrder("messages.create", "messages.fetch", "messages.fetch");
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("To", "whatsapp:+15551234567")
                .withFormParam("Body", "Your order has shipped");
    }

    @Test
    void servesTwilioStaticApiOnceItHasTheInjectedClient(TwilioRestClient client, MockInteractionVerifier verifier) {
        Twilio.setRestClient(client);
        try {
            Message created = Message.creator(CUSTOMER, BUSINESS, "Hello").create();

            assertThat(created.getTo()).isEqualTo("whatsapp:+15551234567");
            verifier.expectCalls("twilio", "messages.create");
        } finally {
            Twilio.destroy();
        }
    }

    @Test
    @MockApis(twilio = "message_failures")
    void reportsAFailedDelivery(TwilioRestClient client) {
        Message created =
                Message.creator(CUSTOMER, BUSINESS, "Your order has shipped").create(client);

        Message settled = created;
        for (int fetch = 0; fetch < 3 && !isFinal(settled.getStatus()); fetch++) {
            settled = Message.fetcher(created.getSid()).fetch(client);
        }

        assertThat(settled.getStatus()).isIn(Message.Status.FAILED, Message.Status.UNDELIVERED);
        assertThat(settled.getErrorCode()).isNotNull();
    }

    @Test
    @MockApis(twilio = "unauthorized")
    void rejectsTheCredentialsInTheUnauthorizedScenario(TwilioRestClient client) {
        assertThatThrownBy(() -> Message.creator(CUSTOMER, BUSINESS, "Hi").create(client))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20003));
    }

    @Test
    void signsInboundWebhooksSoThatTwilioJavasValidatorAcceptsThem(TwilioWebhooks webhooks) {
        SignedWebhook inbound = webhooks.whatsApp("+15551234567", "Where is my order?")
                .postedTo("https://shop.example/twilio/whatsapp");
        RequestValidator validator = new RequestValidator(MockApisExtension.TWILIO_AUTH_TOKEN);

        assertThat(validator.validate(inbound.url().toString(), inbound.params(), inbound.signature()))
                .isTrue();
        assertThat(validator.validate(
                        inbound.url().toString(),
                        inbound.with("Body", "Changed").params(),
                        inbound.signature()))
                .isFalse();
        assertThat(inbound.request().headers().firstValue("X-Twilio-Signature")).hasValue(inbound.signature());
    }

    private static boolean isFinal(Message.Status status) {
        return status == Message.Status.DELIVERED
                || status == Message.Status.FAILED
                || status == Message.Status.UNDELIVERED;
    }
}
