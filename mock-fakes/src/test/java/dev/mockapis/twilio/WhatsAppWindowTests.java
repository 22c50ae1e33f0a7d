package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WhatsApp's 24-hour customer-service window as state in the Twilio fake, seen through twilio-java. */
class WhatsAppWindowTests {

    private static final String CUSTOMER = "whatsapp:+14155550100";
    private static final String OTHER_CUSTOMER = "whatsapp:+14155550199";
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final String OTHER_BUSINESS = "whatsapp:+15017122661";
    private static final URI STATUS_CALLBACK = URI.create("https://shop.example.com/twilio/status");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void aFreeformMessageToACustomerWhoNeverWroteIsCreatedThenFailsWith63016() {
        Message created = freeform(CUSTOMER, BUSINESS);

        assertThat(created.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(created.getErrorCode()).isNull();
        Message failed = fetch(created);
        assertThat(failed.getStatus()).isEqualTo(Message.Status.FAILED);
        assertThat(failed.getErrorCode()).isEqualTo(63016);
        assertThat(failed.getErrorMessage())
                .isEqualTo("Outside messaging window. For WhatsApp, use a Message Template instead");

        List<StatusCallback> callbacks = twilio.fake.takeStatusCallbacks();
        assertThat(callbacks).extracting(StatusCallback::messageStatus).containsExactly("failed");
        assertThat(callbacks.get(0).params())
                .containsEntry("ErrorCode", "63016")
                .containsEntry("ErrorMessage", "")
                .containsEntry("MessageSid", created.getSid())
                .containsEntry("To", CUSTOMER);
    }

    @Test
    void anInboundMessageOpensTheWindowForTwentyFourHoursAndTemplatesGoThroughAfterwards() {
        twilio.fake.receiveInbound(CUSTOMER, BUSINESS);

        twilio.fake.advanceClock(Duration.ofHours(24).minusSeconds(1));
        Message lastSecond = freeform(CUSTOMER, BUSINESS);
        twilio.fake.advanceClock(Duration.ofSeconds(1));
        Message closed = freeform(CUSTOMER, BUSINESS);
        Message template = Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), (String) null)
                .setContentSid(ContentTemplates.ORDER_UPDATE)
                .setContentVariables("{\"1\":\"Ada\"}")
                .setStatusCallback(STATUS_CALLBACK)
                .create(twilio.client);
        twilio.fake.deliverAll();

        assertThat(fetch(lastSecond).getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(fetch(closed).getStatus()).isEqualTo(Message.Status.FAILED);
        assertThat(fetch(closed).getErrorCode()).isEqualTo(63016);
        assertThat(fetch(template).getStatus()).isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void everyInboundMessageStartsTheTwentyFourHoursAgain() {
        twilio.fake.receiveInbound(CUSTOMER, BUSINESS);
        twilio.fake.advanceClock(Duration.ofHours(20));
        twilio.fake.receiveInbound(CUSTOMER, BUSINESS);
        twilio.fake.advanceClock(Duration.ofHours(20));

        Message reply = freeform(CUSTOMER, BUSINESS);
        twilio.fake.deliverAll();

        assertThat(fetch(reply).getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(twilio.fake.whatsAppWindowClosesAt(CUSTOMER, BUSINESS))
                .hasValue(TwilioTestFixture.START.plus(Duration.ofHours(44)));
    }

    @Test
    void theWindowBelongsToOneBusinessSenderAndOneCustomer() {
        twilio.fake.receiveInbound(CUSTOMER, BUSINESS);

        Message fromAnotherNumber = freeform(CUSTOMER, OTHER_BUSINESS);
        Message toAnotherCustomer = freeform(OTHER_CUSTOMER, BUSINESS);
        Message reply = freeform(" WhatsApp:+14155550100", BUSINESS);
        twilio.fake.deliverAll();

        assertThat(fetch(fromAnotherNumber).getErrorCode()).isEqualTo(63016);
        assertThat(fetch(toAnotherCustomer).getErrorCode()).isEqualTo(63016);
        assertThat(fetch(reply).getStatus())
                .as("addresses compare as Twilio writes them back")
                .isEqualTo(Message.Status.DELIVERED);
        assertThat(twilio.fake.whatsAppWindowClosesAt(OTHER_CUSTOMER, BUSINESS)).isEmpty();
    }

    @Test
    void aMessagingServiceSendsWhatsAppFromTheSandboxNumberWhoseWindowCounts() {
        twilio.fake.receiveInbound(CUSTOMER, BUSINESS);

        Message viaService = Message.creator(
                        new PhoneNumber(CUSTOMER), "MG0123456789abcdef0123456789abcdef", "Your table is ready")
                .create(twilio.client);
        Message toStranger = Message.creator(
                        new PhoneNumber(OTHER_CUSTOMER), "MG0123456789abcdef0123456789abcdef", "Hello")
                .create(twilio.client);
        twilio.fake.deliverAll();

        assertThat(fetch(viaService).getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(fetch(toStranger).getErrorCode()).isEqualTo(63016);
    }

    @Test
    void smsHasNoWindow() {
        Message sms = Message.creator(new PhoneNumber("+14155550100"), new PhoneNumber("+15005550006"), "Hi")
                .create(twilio.client);
        twilio.fake.receiveInbound("+14155550100", "+15005550006");
        twilio.fake.deliverAll();

        assertThat(fetch(sms).getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(twilio.fake.whatsAppWindowClosesAt("+14155550100", "+15005550006"))
                .isEmpty();
    }

    @Test
    void theClockIsSetAndAdvancedByTheTestAndAResetPutsItBack() {
        Instant later = Instant.parse("2030-01-02T03:04:05Z");

        twilio.fake.setClock(later);
        Message created = freeform(CUSTOMER, BUSINESS);
        twilio.fake.advanceClock(Duration.ofMinutes(5));

        assertThat(created.getDateCreated().toInstant()).isEqualTo(later);
        assertThat(twilio.fake.now()).isEqualTo(later.plus(5, ChronoUnit.MINUTES));
        assertThatThrownBy(() -> twilio.fake.advanceClock(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("setClock(Instant)");

        twilio.fake.receiveInbound(CUSTOMER, BUSINESS);
        twilio.reset();
        assertThat(twilio.fake.now()).isEqualTo(TwilioTestFixture.START);
        assertThat(twilio.fake.whatsAppWindowClosesAt(CUSTOMER, BUSINESS)).isEmpty();
    }

    @Test
    void aScheduledMessageGoesOutOnceTheClockIsAdvancedPastItsSendTime() {
        twilio.fake.receiveInbound(CUSTOMER, BUSINESS);
        Message scheduled = Message.creator(
                        new PhoneNumber(CUSTOMER), "MG0123456789abcdef0123456789abcdef", "Reminder: tomorrow 9am")
                .setSendAt(java.time.ZonedDateTime.ofInstant(
                        TwilioTestFixture.START.plus(Duration.ofHours(1)), java.time.ZoneOffset.UTC))
                .setScheduleType(Message.ScheduleType.FIXED)
                .create(twilio.client);

        twilio.fake.deliverAll();
        assertThat(fetch(scheduled).getStatus()).isEqualTo(Message.Status.SCHEDULED);
        twilio.fake.advanceClock(Duration.ofHours(1));
        twilio.fake.deliverAll();
        assertThat(fetch(scheduled).getStatus()).isEqualTo(Message.Status.DELIVERED);
    }

    private static Message freeform(String to, String from) {
        return Message.creator(new PhoneNumber(to), new PhoneNumber(from), "Thanks, we're on it")
                .setStatusCallback(STATUS_CALLBACK)
                .create(twilio.client);
    }

    private static Message fetch(Message message) {
        return Message.fetcher(message.getSid()).fetch(twilio.client);
    }
}
