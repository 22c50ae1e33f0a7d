package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WhatsApp's read receipts: a delivered message the customer opens moves to {@code read}, with its callback. */
class WhatsAppReadTests {

    private static final String CUSTOMER = "whatsapp:+14155550100";
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final URI STATUS_CALLBACK = URI.create("https://shop.example.com/twilio/status");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture().openingWindow(CUSTOMER, BUSINESS);

    @Test
    void aMessageTheCustomerOpensIsReadOnFetchAndInItsLastCallback() {
        Message sent = send(CUSTOMER);
        twilio.fake.advanceClock(Duration.ofMinutes(2));

        twilio.fake.markRead(sent.getSid());
        twilio.fake.markRead(sent.getSid());

        Message read = Message.fetcher(sent.getSid()).fetch(twilio.client);
        List<StatusCallback> callbacks = twilio.fake.takeStatusCallbacks();
        assertThat(read.getStatus()).isEqualTo(Message.Status.READ);
        assertThat(read.getPrice()).isEqualTo("-0.00500");
        assertThat(read.getDateUpdated().toInstant()).isEqualTo(TwilioTestFixture.START.plus(Duration.ofMinutes(2)));
        assertThat(callbacks).extracting(StatusCallback::messageStatus).containsExactly("sent", "delivered", "read");
        assertThat(callbacks.get(2).params())
                .containsEntry("EventType", "READ")
                .containsEntry("SmsStatus", "read")
                .containsEntry("MessageSid", sent.getSid())
                .containsEntry("ChannelPrefix", "whatsapp")
                .doesNotContainKey("ErrorCode");
        assertThat(callbacks.get(2).idempotencyToken())
                .isNotEqualTo(callbacks.get(1).idempotencyToken());
    }

    @Test
    void onlyADeliveredWhatsAppMessageTheApplicationSentCanBeRead() {
        twilio.server.useScenario(Scenario.builder("unreachable")
                .on("messages.create", rule -> rule.proceedWith(DeliveryOutcome.undelivered(30003)))
                .build());
        Message undelivered = send(CUSTOMER);
        twilio.server.useScenario("successful_messaging");
        Message sms = Message.creator(new PhoneNumber("+14155550100"), new PhoneNumber("+15005550006"), "Hi")
                .create(twilio.client);

        assertThatThrownBy(() -> twilio.fake.markRead(undelivered.getSid()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is undelivered");
        assertThatThrownBy(() -> twilio.fake.markRead(sms.getSid()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("an SMS");
        assertThatThrownBy(() -> twilio.fake.markRead("SM00000000000000000000000000000000"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no message SM00000000000000000000000000000000");
    }

    private static Message send(String to) {
        return Message.creator(new PhoneNumber(to), new PhoneNumber(BUSINESS), "Your table is booked")
                .setStatusCallback(STATUS_CALLBACK)
                .create(twilio.client);
    }
}
