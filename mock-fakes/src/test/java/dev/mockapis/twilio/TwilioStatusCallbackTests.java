package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The status callbacks Twilio would POST as messages change status. */
class TwilioStatusCallbackTests {

    private static final String ACCOUNT = TwilioTestFixture.ACCOUNT_SID;
    private static final String CALLBACK_URL = "https://app.example.com/twilio/status?tenant=7";
    private static final PhoneNumber CUSTOMER = new PhoneNumber("+14155550100");
    private static final PhoneNumber BUSINESS = new PhoneNumber("+15005550006");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void aDeliveredSmsQueuesSentThenDeliveredWithTwiliosParameters() {
        Message message = sendSms();
        Message.fetcher(message.getSid()).fetch(twilio.client);
        twilio.clock.advance(Duration.ofMinutes(3));
        Message.fetcher(message.getSid()).fetch(twilio.client);

        List<StatusCallback> callbacks = twilio.fake.takeStatusCallbacks();

        assertThat(callbacks).extracting(StatusCallback::url).containsOnly(CALLBACK_URL);
        assertThat(callbacks).extracting(StatusCallback::messageStatus).containsExactly("sent", "delivered");
        assertThat(callbacks.get(0).params())
                .containsExactly(
                        entry("SmsSid", message.getSid()),
                        entry("SmsStatus", "sent"),
                        entry("MessageStatus", "sent"),
                        entry("To", "+14155550100"),
                        entry("MessageSid", message.getSid()),
                        entry("AccountSid", ACCOUNT),
                        entry("From", "+15005550006"),
                        entry("ApiVersion", "2010-04-01"));
        assertThat(callbacks.get(1).params())
                .containsEntry("MessageStatus", "delivered")
                .containsEntry("SmsStatus", "delivered")
                .containsEntry("RawDlrDoneDate", "2403050911")
                .doesNotContainKey("ErrorCode");
    }

    @Test
    void noCallbackIsQueuedForTheInitialStatus() {
        sendSms();

        assertThat(twilio.fake.pendingStatusCallbacks()).isEmpty();
    }

    @Test
    void aFailedMessageReportsItsErrorCode() {
        twilio.server.useScenario(Scenario.builder("failing")
                .on("messages.create", rule -> rule.proceedWith(DeliveryOutcome.failed(30008)))
                .build());
        Message message = sendSms();

        Message.fetcher(message.getSid()).fetch(twilio.client);

        assertThat(twilio.fake.takeStatusCallbacks()).singleElement().satisfies(callback -> {
            assertThat(callback.messageStatus()).isEqualTo("failed");
            assertThat(callback.params()).containsEntry("ErrorCode", "30008").containsEntry("SmsStatus", "failed");
            assertThat(callback.params().keySet()).first().isEqualTo("ErrorCode");
        });
    }

    @Test
    void anUndeliveredWhatsAppMessageCarriesTheChannelParameters() {
        twilio.server.useScenario(Scenario.builder("whatsapp_undelivered")
                .on("messages.create", rule -> rule.proceedWith(DeliveryOutcome.undelivered(63015)))
                .build());
        Message message = Message.creator(
                        new PhoneNumber("whatsapp:+14155550100"), new PhoneNumber("whatsapp:+14155238886"), "Hola")
                .setStatusCallback(URI.create(CALLBACK_URL))
                .create(twilio.client);

        twilio.fake.deliverAll();
        List<StatusCallback> callbacks = twilio.fake.takeStatusCallbacks();

        assertThat(callbacks).extracting(StatusCallback::messageStatus).containsExactly("sent", "undelivered");
        StatusCallback undelivered = callbacks.get(1);
        assertThat(undelivered.params())
                .containsEntry("EventType", "UNDELIVERED")
                .containsEntry("ErrorCode", "63015")
                .containsEntry("ChannelToAddress", "+1415555XXXX")
                .containsEntry("To", "whatsapp:+14155550100")
                .containsEntry("From", "whatsapp:+14155238886")
                .containsEntry("ChannelPrefix", "whatsapp")
                .containsKey("ChannelStatusMessage")
                .doesNotContainKey("RawDlrDoneDate");
        assertThat(undelivered.param("ChannelInstallSid"))
                .hasValueSatisfying(sid -> assertThat(sid).matches("XE[0-9a-f]{32}"));
        assertThat(callbacks.get(0).params()).doesNotContainKeys("EventType", "ErrorCode", "ChannelStatusMessage");
    }

    @Test
    void aMessagingServiceMessageReportsQueuedAfterAcceptedAndNamesItsService() {
        Message message = Message.creator(CUSTOMER, "MG0123456789abcdef0123456789abcdef", "Hello")
                .setStatusCallback(URI.create(CALLBACK_URL))
                .create(twilio.client);

        twilio.fake.deliverAll();

        assertThat(message.getStatus()).isEqualTo(Message.Status.ACCEPTED);
        assertThat(twilio.fake.takeStatusCallbacks())
                .extracting(StatusCallback::messageStatus)
                .containsExactly("queued", "sent", "delivered");
        assertThat(Message.fetcher(message.getSid()).fetch(twilio.client).getFrom())
                .isEqualTo(BUSINESS);
    }

    @Test
    void messagesWithoutACallbackUrlQueueNoCallbacks() {
        Message.creator(CUSTOMER, BUSINESS, "No callback").create(twilio.client);

        twilio.fake.deliverAll();

        assertThat(twilio.fake.pendingStatusCallbacks()).isEmpty();
    }

    @Test
    void takingCallbacksDrainsTheQueueWhilePeekingDoesNot() {
        sendSms();
        twilio.fake.deliverAll();

        List<StatusCallback> peeked = twilio.fake.pendingStatusCallbacks();
        List<StatusCallback> taken = twilio.fake.takeStatusCallbacks();

        assertThat(peeked).hasSize(2).isEqualTo(taken);
        assertThat(twilio.fake.pendingStatusCallbacks()).isEmpty();
    }

    @Test
    void deliverAllSettlesMessagesWithoutPolling() {
        Message message = sendSms();

        twilio.fake.deliverAll();

        assertThat(twilio.fake.pendingStatusCallbacks())
                .extracting(StatusCallback::messageStatus)
                .containsExactly("sent", "delivered");
        assertThat(Message.fetcher(message.getSid()).fetch(twilio.client).getStatus())
                .isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void callbacksSignedForTheAccountPassTwilioJavasValidator() {
        sendSms();
        twilio.fake.deliverAll();
        StatusCallback delivered = twilio.fake.takeStatusCallbacks().get(1);

        String signature =
                TwilioSignatures.forAuthToken(TwilioTestFixture.AUTH_TOKEN).sign(delivered.url(), delivered.params());

        assertThat(new RequestValidator(TwilioTestFixture.AUTH_TOKEN)
                        .validate(delivered.url(), delivered.params(), signature))
                .isTrue();
        assertThat(delivered.formBody()).contains("MessageStatus=delivered", "To=%2B14155550100");
    }

    private static Message sendSms() {
        return Message.creator(CUSTOMER, BUSINESS, "Your table is ready")
                .setStatusCallback(URI.create(CALLBACK_URL))
                .create(twilio.client);
    }

    private static java.util.Map.Entry<String, String> entry(String key, String value) {
        return java.util.Map.entry(key, value);
    }
}
