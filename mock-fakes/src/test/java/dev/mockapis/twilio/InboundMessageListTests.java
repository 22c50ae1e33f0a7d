package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageReader;
import com.twilio.rest.api.v2010.account.message.Media;
import com.twilio.type.PhoneNumber;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages Twilio received, as the webhook simulators record them, read back through twilio-java. */
class InboundMessageListTests {

    private static final String CUSTOMER = "whatsapp:+14155550100";
    private static final String OTHER_CUSTOMER = "whatsapp:+14155550199";
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final String SERVICE = "MG0123456789abcdef0123456789abcdef";

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void aReceivedMessageIsFetchedAsTwilioKeepsIt() {
        twilio.fake.receiveMessage(inbound("SM00000000000000000000000000000001", CUSTOMER, "Hi, is the shop open?"));

        Message received = Message.fetcher("SM00000000000000000000000000000001").fetch(twilio.client);

        assertThat(received.getDirection()).isEqualTo(Message.Direction.INBOUND);
        assertThat(received.getStatus()).isEqualTo(Message.Status.RECEIVED);
        assertThat(received.getFrom()).hasToString(CUSTOMER);
        assertThat(received.getTo()).isEqualTo(BUSINESS);
        assertThat(received.getBody()).isEqualTo("Hi, is the shop open?");
        assertThat(received.getMessagingServiceSid()).isEqualTo(SERVICE);
        assertThat(received.getNumMedia()).isEqualTo("0");
        assertThat(received.getNumSegments()).isEqualTo("1");
        assertThat(received.getDateSent().toInstant()).isEqualTo(TwilioTestFixture.START);
        assertThat(received.getDateCreated().toInstant()).isEqualTo(TwilioTestFixture.START);
        assertThat(received.getErrorCode()).isNull();
        assertThat(received.getPrice()).isNull();
        assertThat(received.getAccountSid()).isEqualTo(TwilioTestFixture.ACCOUNT_SID);
        assertThat(received.getUri())
                .isEqualTo("/2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID
                        + "/Messages/SM00000000000000000000000000000001.json");
    }

    @Test
    void theListHoldsBothDirectionsNewestFirstAndItsFiltersSeparateThem() {
        twilio.fake.receiveMessage(inbound("SM00000000000000000000000000000001", CUSTOMER, "Hello"));
        twilio.fake.advanceClock(Duration.ofMinutes(1));
        Message reply = Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), "Hello, Ada")
                .create(twilio.client);
        twilio.fake.deliverAll();
        twilio.fake.advanceClock(Duration.ofDays(1));
        twilio.fake.receiveMessage(inbound("SM00000000000000000000000000000002", OTHER_CUSTOMER, "Open tomorrow?"));

        assertThat(read(Message.reader()))
                .extracting(Message::getSid, Message::getDirection, Message::getStatus)
                .containsExactly(
                        tuple("SM00000000000000000000000000000002", Message.Direction.INBOUND, Message.Status.RECEIVED),
                        tuple(reply.getSid(), Message.Direction.OUTBOUND_API, Message.Status.DELIVERED),
                        tuple(
                                "SM00000000000000000000000000000001",
                                Message.Direction.INBOUND,
                                Message.Status.RECEIVED));
        assertThat(read(Message.reader().setTo(BUSINESS)))
                .extracting(Message::getSid)
                .containsExactly("SM00000000000000000000000000000002", "SM00000000000000000000000000000001");
        assertThat(read(Message.reader().setFrom(CUSTOMER)))
                .extracting(Message::getSid)
                .containsExactly("SM00000000000000000000000000000001");
        assertThat(read(Message.reader().setFrom(BUSINESS).setTo(CUSTOMER)))
                .extracting(Message::getSid)
                .containsExactly(reply.getSid());
        ZonedDateTime firstDay = TwilioTestFixture.START.atZone(ZoneOffset.UTC);
        assertThat(read(Message.reader().setDateSent(firstDay).setTo(BUSINESS)))
                .extracting(Message::getSid)
                .containsExactly("SM00000000000000000000000000000001");
        assertThat(read(Message.reader().setDateSentAfter(firstDay.plusDays(1))))
                .extracting(Message::getSid)
                .containsExactly("SM00000000000000000000000000000002");
    }

    @Test
    void aReceivedVoiceNoteIsCountedAndListedAsTheMessagesMedia() {
        String sid = "MM00000000000000000000000000000003";
        String path = twilio.fake.receiveMedia(sid, "audio/ogg", new byte[] {'O', 'g', 'g', 'S', 0, 2});
        Map<String, String> params = inbound(sid, CUSTOMER, "");
        params.put("NumMedia", "1");
        params.put("MediaContentType0", "audio/ogg");
        params.put("MediaUrl0", twilio.server.baseUrl() + path);
        twilio.fake.receiveMessage(params);

        Message received = Message.fetcher(sid).fetch(twilio.client);
        List<Media> media = read(Media.reader(sid).read(twilio.client));

        assertThat(received.getNumMedia()).isEqualTo("1");
        assertThat(received.getBody()).isEmpty();
        assertThat(media).singleElement().satisfies(file -> {
            assertThat(file.getContentType()).isEqualTo("audio/ogg");
            assertThat(path).endsWith("/Media/" + file.getSid());
        });
    }

    @Test
    void aReceivedMessageOpensTheWhatsAppWindowAndCanBeRedacted() {
        twilio.fake.receiveMessage(inbound("SM00000000000000000000000000000004", CUSTOMER, "My card is 4111..."));
        Message reply = Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), "Thanks")
                .create(twilio.client);
        twilio.fake.deliverAll();

        Message redacted = Message.updater("SM00000000000000000000000000000004")
                .setBody("")
                .update(twilio.client);

        assertThat(Message.fetcher(reply.getSid()).fetch(twilio.client).getStatus())
                .isEqualTo(Message.Status.DELIVERED);
        assertThat(twilio.fake.whatsAppWindowClosesAt(CUSTOMER, BUSINESS))
                .contains(TwilioTestFixture.START.plus(Duration.ofHours(24)));
        assertThat(redacted.getBody()).isEmpty();
        assertThat(redacted.getStatus()).isEqualTo(Message.Status.RECEIVED);
        assertThat(twilio.fake.takeStatusCallbacks()).isEmpty();
    }

    @Test
    void theSameMessageSidTwiceIsOneMessage() {
        twilio.fake.receiveMessage(inbound("SM00000000000000000000000000000005", CUSTOMER, "Hello"));
        twilio.fake.receiveMessage(inbound("SM00000000000000000000000000000005", CUSTOMER, "Hello"));

        assertThat(read(Message.reader())).hasSize(1);
    }

    @Test
    void aWebhookWithoutItsSenderIsRefusedNamingTheParameter() {
        Map<String, String> params = inbound("SM00000000000000000000000000000006", CUSTOMER, "Hello");
        params.remove("From");

        assertThatThrownBy(() -> twilio.fake.receiveMessage(params))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("From");
    }

    private static Map<String, String> inbound(String sid, String from, String body) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("SmsMessageSid", sid);
        params.put("NumMedia", "0");
        params.put("ProfileName", "Ada");
        params.put("MessageType", "text");
        params.put("SmsSid", sid);
        params.put("SmsStatus", "received");
        params.put("Body", body);
        params.put("To", BUSINESS);
        params.put("NumSegments", "1");
        params.put("MessageSid", sid);
        params.put("AccountSid", TwilioTestFixture.ACCOUNT_SID);
        params.put("MessagingServiceSid", SERVICE);
        params.put("From", from);
        params.put("ApiVersion", "2010-04-01");
        return params;
    }

    private static List<Message> read(MessageReader reader) {
        return read(reader.read(twilio.client));
    }

    private static <T> List<T> read(Iterable<T> resources) {
        return StreamSupport.stream(resources.spliterator(), false).toList();
    }
}
