package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.message.Media;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Messages lifecycle driven through the official, unmodified twilio-java SDK. */
class TwilioSdkMessagingTests {

    private static final String ACCOUNT = TwilioTestFixture.ACCOUNT_SID;
    private static final PhoneNumber CUSTOMER_WHATSAPP = new PhoneNumber("whatsapp:+14155550100");
    private static final PhoneNumber BUSINESS_WHATSAPP = new PhoneNumber("whatsapp:+14155238886");
    private static final PhoneNumber CUSTOMER = new PhoneNumber("+14155550100");
    private static final PhoneNumber BUSINESS = new PhoneNumber("+15005550006");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void whatsAppMessageWithMediaIsCreatedQueuedWithEveryFieldReadableThroughTheSdkModel() {
        Message message = Message.creator(
                        CUSTOMER_WHATSAPP,
                        BUSINESS_WHATSAPP,
                        List.of(
                                URI.create("https://cdn.example.com/receipt.jpg"),
                                URI.create("https://cdn.example.com/menu.pdf")))
                .setBody("Your order is ready")
                .setStatusCallback(URI.create("https://app.example.com/twilio/status"))
                .create(twilio.client);

        ZonedDateTime created = ZonedDateTime.ofInstant(TwilioTestFixture.START, ZoneOffset.UTC);
        assertThat(message.getSid()).matches("MM[0-9a-f]{32}");
        assertThat(message.getAccountSid()).isEqualTo(ACCOUNT);
        assertThat(message.getApiVersion()).isEqualTo("2010-04-01");
        assertThat(message.getBody()).isEqualTo("Your order is ready");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getDirection()).isEqualTo(Message.Direction.OUTBOUND_API);
        assertThat(message.getTo()).isEqualTo("whatsapp:+14155550100");
        assertThat(message.getFrom()).isEqualTo(BUSINESS_WHATSAPP);
        assertThat(message.getMessagingServiceSid()).isNull();
        assertThat(message.getNumMedia()).isEqualTo("2");
        assertThat(message.getNumSegments()).isEqualTo("1");
        assertThat(message.getErrorCode()).isNull();
        assertThat(message.getErrorMessage()).isNull();
        assertThat(message.getPrice()).isNull();
        assertThat(message.getPriceUnit()).isNull();
        assertThat(message.getDateCreated()).isNotNull().isEqualTo(created);
        assertThat(message.getDateUpdated()).isEqualTo(created);
        assertThat(message.getDateSent()).as("not sent yet").isNull();
        assertThat(message.getUri())
                .isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + message.getSid() + ".json");
        assertThat(message.getSubresourceUris())
                .containsEntry(
                        "media", "/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + message.getSid() + "/Media.json");
    }

    @Test
    void eachFetchMovesAMessageOneStatusOnUntilItIsDeliveredAndPriced() {
        Message created = Message.creator(CUSTOMER, BUSINESS, "Table for two at 8pm is confirmed")
                .create(twilio.client);
        assertThat(created.getSid()).matches("SM[0-9a-f]{32}");
        twilio.clock.advance(Duration.ofSeconds(2));

        Message sent = Message.fetcher(created.getSid()).fetch(twilio.client);
        twilio.clock.advance(Duration.ofSeconds(3));
        Message delivered = Message.fetcher(created.getSid()).fetch(twilio.client);
        Message again = Message.fetcher(created.getSid()).fetch(twilio.client);

        assertThat(sent.getStatus()).isEqualTo(Message.Status.SENT);
        assertThat(sent.getDateSent())
                .isEqualTo(ZonedDateTime.ofInstant(TwilioTestFixture.START.plusSeconds(2), ZoneOffset.UTC));
        assertThat(sent.getPrice()).isNull();
        assertThat(delivered.getStatus()).isEqualTo(Message.Status.DELIVERED);
        assertThat(delivered.getDateUpdated())
                .isEqualTo(ZonedDateTime.ofInstant(TwilioTestFixture.START.plusSeconds(5), ZoneOffset.UTC));
        assertThat(delivered.getDateSent()).isEqualTo(sent.getDateSent());
        assertThat(delivered.getPrice()).isEqualTo("-0.00790");
        assertThat(delivered.getPriceUnit()).isEqualTo(Currency.getInstance("USD"));
        assertThat(delivered.getErrorCode()).isNull();
        assertThat(again.getStatus()).as("delivered is final").isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void longUnicodeBodiesCountTheirSegmentsAsTwilioBillsThem() {
        Message gsm = Message.creator(CUSTOMER, BUSINESS, "a".repeat(161)).create(twilio.client);
        Message unicode = Message.creator(CUSTOMER, BUSINESS, "😀".repeat(36)).create(twilio.client);

        assertThat(gsm.getNumSegments()).isEqualTo("2");
        assertThat(unicode.getNumSegments())
                .as("72 UTF-16 units need two UCS-2 segments")
                .isEqualTo("2");
    }

    @Test
    void mediaOfAMessageIsListedWithTheirContentTypes() {
        Message message = Message.creator(
                        CUSTOMER_WHATSAPP,
                        BUSINESS_WHATSAPP,
                        List.of(
                                URI.create("https://cdn.example.com/receipt.jpg"),
                                URI.create("https://cdn.example.com/menu.pdf")))
                .create(twilio.client);

        List<Media> media = new ArrayList<>();
        Media.reader(message.getSid()).read(twilio.client).forEach(media::add);

        assertThat(media).extracting(Media::getContentType).containsExactly("image/jpeg", "application/pdf");
        assertThat(media).allSatisfy(item -> {
            assertThat(item.getSid()).matches("ME[0-9a-f]{32}");
            assertThat(item.getParentSid()).isEqualTo(message.getSid());
            assertThat(item.getAccountSid()).isEqualTo(ACCOUNT);
            assertThat(item.getDateCreated()).isNotNull();
            assertThat(item.getUri())
                    .isEqualTo("/2010-04-01/Accounts/" + ACCOUNT + "/Messages/" + message.getSid() + "/Media/"
                            + item.getSid() + ".json");
        });
    }

    @Test
    void theReaderPagesThroughOneHundredTwentyMessagesNewestFirst() {
        List<String> sent = IntStream.rangeClosed(1, 120)
                .mapToObj(i -> Message.creator(CUSTOMER, BUSINESS, "Reminder " + i)
                        .create(twilio.client)
                        .getSid())
                .toList();

        ResourceSet<Message> all = Message.reader().pageSize(50).read(twilio.client);
        List<String> listed = StreamSupport.stream(all.spliterator(), false)
                .map(Message::getSid)
                .toList();

        List<String> newestFirst = new ArrayList<>(sent);
        java.util.Collections.reverse(newestFirst);
        assertThat(listed).containsExactlyElementsOf(newestFirst);
        assertThat(twilio.server.interactions().operations())
                .filteredOn("messages.list"::equals)
                .hasSize(3);
    }

    @Test
    void aLimitedReadFetchesOnlyThePagesItNeeds() {
        IntStream.rangeClosed(1, 45)
                .forEach(i -> Message.creator(CUSTOMER, BUSINESS, "Update " + i).create(twilio.client));

        List<String> bodies = StreamSupport.stream(
                        Message.reader().limit(20).read(twilio.client).spliterator(), false)
                .map(Message::getBody)
                .toList();

        assertThat(bodies).hasSize(20).startsWith("Update 45", "Update 44").endsWith("Update 26");
        assertThat(twilio.server.interactions().operations())
                .filteredOn("messages.list"::equals)
                .hasSize(1);
    }

    @Test
    void listingFiltersByRecipientAndSender() {
        Message.creator(CUSTOMER, BUSINESS, "to the customer").create(twilio.client);
        Message.creator(new PhoneNumber("+14155550199"), BUSINESS, "to someone else")
                .create(twilio.client);
        Message.creator(CUSTOMER_WHATSAPP, BUSINESS_WHATSAPP, "on WhatsApp").create(twilio.client);

        List<String> toCustomer = bodies(Message.reader().setTo(CUSTOMER).read(twilio.client));
        List<String> fromWhatsApp =
                bodies(Message.reader().setFrom(BUSINESS_WHATSAPP).read(twilio.client));

        assertThat(toCustomer).containsExactly("to the customer");
        assertThat(fromWhatsApp).containsExactly("on WhatsApp");
    }

    @Test
    void listingFiltersByTheDayAMessageWasSent() {
        Message first = Message.creator(CUSTOMER, BUSINESS, "sent on the 5th").create(twilio.client);
        Message.fetcher(first.getSid()).fetch(twilio.client);
        twilio.clock.advance(Duration.ofDays(2));
        Message second = Message.creator(CUSTOMER, BUSINESS, "sent on the 7th").create(twilio.client);
        Message.fetcher(second.getSid()).fetch(twilio.client);
        Message.creator(CUSTOMER, BUSINESS, "never sent").create(twilio.client);

        List<String> onThe7th = bodies(Message.reader()
                .setDateSent(ZonedDateTime.parse("2024-03-07T00:00:00Z"))
                .read(twilio.client));
        List<String> beforeThe6th = bodies(Message.reader()
                .setDateSentBefore(ZonedDateTime.parse("2024-03-06T00:00:00Z"))
                .read(twilio.client));

        assertThat(onThe7th).containsExactly("sent on the 7th");
        assertThat(beforeThe6th).containsExactly("sent on the 5th");
    }

    @Test
    void redactingTheBodyEmptiesItForGood() {
        Message message =
                Message.creator(CUSTOMER, BUSINESS, "Your code is 123456").create(twilio.client);

        Message redacted = Message.updater(message.getSid()).setBody("").update(twilio.client);

        assertThat(redacted.getBody()).isEmpty();
        assertThat(Message.fetcher(message.getSid()).fetch(twilio.client).getBody())
                .isEmpty();
    }

    @Test
    void aDeletedMessageIsGoneWithTwiliosNotFoundError() {
        Message message = Message.creator(CUSTOMER, BUSINESS, "Temporary").create(twilio.client);

        boolean deleted = Message.deleter(message.getSid()).delete(twilio.client);

        assertThat(deleted).isTrue();
        assertThatThrownBy(() -> Message.fetcher(message.getSid()).fetch(twilio.client))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(404);
                    assertThat(e.getCode()).isEqualTo(20404);
                    assertThat(e.getMessage())
                            .isEqualTo("The requested resource /2010-04-01/Accounts/" + ACCOUNT + "/Messages/"
                                    + message.getSid() + ".json was not found");
                    assertThat(e.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/20404");
                });
        assertThatThrownBy(() -> Message.deleter(message.getSid()).delete(twilio.client))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20404));
    }

    @Test
    void aScheduledMessageWaitsForItsSendTimeAndCanBeCanceled() {
        Message scheduled = Message.creator(CUSTOMER, "MG0123456789abcdef0123456789abcdef", "See you tomorrow")
                .setScheduleType(Message.ScheduleType.FIXED)
                .setSendAt(ZonedDateTime.ofInstant(TwilioTestFixture.START.plus(Duration.ofHours(1)), ZoneOffset.UTC))
                .create(twilio.client);

        Message stillScheduled = Message.fetcher(scheduled.getSid()).fetch(twilio.client);
        Message canceled = Message.updater(scheduled.getSid())
                .setStatus(Message.UpdateStatus.CANCELED)
                .update(twilio.client);

        assertThat(scheduled.getStatus()).isEqualTo(Message.Status.SCHEDULED);
        assertThat(scheduled.getFrom())
                .as("the Messaging Service picks the sender when it sends")
                .isNull();
        assertThat(scheduled.getMessagingServiceSid()).isEqualTo("MG0123456789abcdef0123456789abcdef");
        assertThat(scheduled.getNumSegments())
                .as("counted once a sender is picked")
                .isEqualTo("0");
        assertThat(stillScheduled.getStatus()).isEqualTo(Message.Status.SCHEDULED);
        assertThat(canceled.getStatus()).isEqualTo(Message.Status.CANCELED);
        assertThatThrownBy(() -> Message.updater(scheduled.getSid())
                        .setStatus(Message.UpdateStatus.CANCELED)
                        .update(twilio.client))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(30409);
                    assertThat(e.getStatusCode()).isEqualTo(400);
                });
    }

    @Test
    void aScheduledMessageGoesOutOnceTheClockReachesItsSendTime() {
        Message scheduled = Message.creator(CUSTOMER, "MG0123456789abcdef0123456789abcdef", "Happy birthday!")
                .setScheduleType(Message.ScheduleType.FIXED)
                .setSendAt(ZonedDateTime.ofInstant(TwilioTestFixture.START.plus(Duration.ofHours(1)), ZoneOffset.UTC))
                .create(twilio.client);

        twilio.clock.advance(Duration.ofHours(1));
        Message queued = Message.fetcher(scheduled.getSid()).fetch(twilio.client);

        assertThat(queued.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(queued.getFrom()).isEqualTo(BUSINESS);
        assertThat(queued.getNumSegments()).isEqualTo("1");
    }

    private static List<String> bodies(ResourceSet<Message> messages) {
        return StreamSupport.stream(messages.spliterator(), false)
                .map(Message::getBody)
                .toList();
    }
}
