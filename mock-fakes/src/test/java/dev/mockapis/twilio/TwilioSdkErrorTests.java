package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import java.net.URI;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Twilio's validation, authentication and magic-number errors, as the official SDK surfaces them. */
class TwilioSdkErrorTests {

    private static final PhoneNumber CUSTOMER = new PhoneNumber("+14155550100");
    private static final PhoneNumber BUSINESS = new PhoneNumber("+15005550006");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @ParameterizedTest(name = "From {0} to {1} is rejected with {2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "+15005550001 | +14155550100 | 21212 | The 'From' number +15005550001 is not a valid phone number, shortcode, or alphanumeric sender ID.",
                "+15005550007 | +14155550100 | 21606 | The From phone number +15005550007 is not a valid, SMS-capable inbound phone number or short code for your account.",
                "+15005550008 | +14155550100 | 21611 | This 'From' number has exceeded the maximum number of queued messages",
                "+15005550006 | +15005550001 | 21211 | The 'To' number +15005550001 is not a valid phone number.",
                "+15005550006 | +15005550002 | 21612 | The 'To' phone number: +15005550002, is not currently reachable using the 'From' phone number: +15005550006 via SMS.",
                "+15005550006 | +15005550003 | 21408 | Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +15005550003.",
                "+15005550006 | +15005550004 | 21610 | Attempt to send to unsubscribed recipient",
                "+15005550006 | +15005550009 | 21614 | 'To' number +15005550009 is not a valid mobile number",
            })
    void magicTestNumbersAnswerWithTheirDocumentedErrors(String from, String to, int code, String message) {
        assertTwilioError(
                () -> Message.creator(new PhoneNumber(to), new PhoneNumber(from), "Hi")
                        .create(twilio.client),
                400,
                code,
                message);
    }

    @Test
    void theMagicValidSenderIsAccepted() {
        Message message =
                Message.creator(CUSTOMER, new PhoneNumber("+15005550006"), "Hi").create(twilio.client);

        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
    }

    @Test
    void aWrongAuthTokenIsRejectedWithTwilios401() {
        TwilioRestClient wrongToken = twilio.clientWith(TwilioTestFixture.ACCOUNT_SID, "not-the-token");

        assertTwilioError(
                () -> Message.creator(CUSTOMER, BUSINESS, "Hi").create(wrongToken), 401, 20003, "Authenticate");
        assertTwilioError(() -> Message.reader().read(wrongToken), 401, 20003, "Authenticate");
    }

    @Test
    void anUnknownAccountSidIsRejectedWithTwilios401() {
        TwilioRestClient otherAccount =
                twilio.clientWith("AC99999999999999999999999999999999", TwilioTestFixture.AUTH_TOKEN);

        assertTwilioError(
                () -> Message.creator(CUSTOMER, BUSINESS, "Hi").create(otherAccount),
                401,
                20003,
                "Authentication Error - invalid username");
    }

    @Test
    void aMissingRecipientIsError21604() {
        assertTwilioError(
                () -> Message.creator((PhoneNumber) null, BUSINESS, "Hi").create(twilio.client),
                400,
                21604,
                "A 'To' phone number is required.");
    }

    @Test
    void aMissingSenderIsError21603() {
        assertTwilioError(
                () -> Message.creator(CUSTOMER, (String) null, "Hi").create(twilio.client),
                400,
                21603,
                "A 'From' phone number is required.");
    }

    @Test
    void aMessageWithoutBodyMediaOrTemplateIsError21619() {
        assertTwilioError(
                () -> Message.creator(CUSTOMER, BUSINESS, (String) null).create(twilio.client),
                400,
                21619,
                "A text message body or media urls must be specified.");
    }

    @Test
    void aMalformedRecipientIsError21211() {
        assertTwilioError(
                () -> Message.creator(new PhoneNumber("tel:+14155550100"), BUSINESS, "Hi")
                        .create(twilio.client),
                400,
                21211,
                "The 'To' number tel:+14155550100 is not a valid phone number.");
    }

    @Test
    void aMalformedSenderIsError21212() {
        assertTwilioError(
                () -> Message.creator(CUSTOMER, new PhoneNumber("my#shop!"), "Hi")
                        .create(twilio.client),
                400,
                21212,
                "The 'From' number my#shop! is not a valid phone number, shortcode, or alphanumeric sender ID.");
    }

    @Test
    void shortCodesAndAlphanumericSenderIdsAreValidSmsSenders() {
        Message shortCode =
                Message.creator(CUSTOMER, new PhoneNumber("894546"), "Hi").create(twilio.client);
        Message alphanumeric =
                Message.creator(CUSTOMER, new PhoneNumber("Bistro 42"), "Hi").create(twilio.client);

        assertThat(shortCode.getFrom()).hasToString("894546");
        assertThat(alphanumeric.getFrom()).hasToString("Bistro 42");
    }

    @Test
    void whatsAppToAnSmsSenderIsError21910() {
        assertTwilioError(
                () -> Message.creator(new PhoneNumber("whatsapp:+14155550100"), BUSINESS, "Hi")
                        .create(twilio.client),
                400,
                21910,
                "Invalid From and To pair. From and To should be of the same channel.");
    }

    @Test
    void aBodyOverSixteenHundredCharactersIsError21617() {
        assertTwilioError(
                () -> Message.creator(CUSTOMER, BUSINESS, "x".repeat(1601)).create(twilio.client),
                400,
                21617,
                "The concatenated message body exceeds the 1600 character limit.");
    }

    @Test
    void aNonHttpMediaUrlIsError21620() {
        MessageCreator creator = Message.creator(CUSTOMER, BUSINESS, "See attached")
                .setMediaUrl(URI.create("ftp://files.example.com/a.png"));

        assertTwilioError(
                () -> creator.create(twilio.client),
                400,
                21620,
                "Media urls: ftp://files.example.com/a.png are invalid. Please use only valid http and https urls");
    }

    @Test
    void aMalformedMessagingServiceSidIsError21705() {
        assertTwilioError(
                () -> Message.creator(CUSTOMER, "MG-not-a-sid", "Hi").create(twilio.client),
                400,
                21705,
                "The Messaging Service is invalid");
    }

    @Test
    void schedulingWithoutAMessagingServiceIsError35118() {
        MessageCreator creator =
                Message.creator(CUSTOMER, BUSINESS, "Later").setScheduleType(Message.ScheduleType.FIXED);

        assertTwilioError(
                () -> creator.create(twilio.client),
                400,
                35118,
                "MessagingServiceSid is required to schedule a message");
    }

    @Test
    void schedulingTooSoonIsError35115() {
        MessageCreator creator = Message.creator(CUSTOMER, "MG0123456789abcdef0123456789abcdef", "Now-ish")
                .setScheduleType(Message.ScheduleType.FIXED)
                .setSendAt(java.time.ZonedDateTime.ofInstant(
                        TwilioTestFixture.START.plusSeconds(60), java.time.ZoneOffset.UTC));

        assertTwilioError(
                () -> creator.create(twilio.client), 400, 35115, "Scheduling does not support this timestamp");
    }

    @Test
    void cancelingAMessageThatIsNotScheduledIsError30409() {
        Message message = Message.creator(CUSTOMER, BUSINESS, "Hi").create(twilio.client);

        assertTwilioError(
                () -> Message.updater(message.getSid())
                        .setStatus(Message.UpdateStatus.CANCELED)
                        .update(twilio.client),
                400,
                30409,
                "This message cannot be canceled");
    }

    @Test
    void anUnknownMessageSidIsError20404() {
        String sid = "SM00000000000000000000000000000000";

        assertTwilioError(
                () -> Message.fetcher(sid).fetch(twilio.client),
                404,
                20404,
                "The requested resource /2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID + "/Messages/" + sid
                        + ".json was not found");
        assertTwilioError(
                () -> Message.updater(sid).setBody("").update(twilio.client),
                404,
                20404,
                "The requested resource /2010-04-01/Accounts/" + TwilioTestFixture.ACCOUNT_SID + "/Messages/" + sid
                        + ".json was not found");
    }

    @Test
    void anotherAccountsMessagesAreNotFound() {
        String other = "AC11111111111111111111111111111111";

        assertTwilioError(
                () -> Message.reader(other).read(twilio.client),
                404,
                20404,
                "The requested resource /2010-04-01/Accounts/" + other + "/Messages.json was not found");
    }

    static void assertTwilioError(ThrowingCallable call, int status, int code, String message) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.getStatusCode()).as("status").isEqualTo(status);
            assertThat(e.getCode()).as("code").isEqualTo(code);
            assertThat(e.getMessage()).as("message").isEqualTo(message);
            assertThat(e.getMoreInfo()).isEqualTo("https://www.twilio.com/docs/errors/" + code);
        });
    }
}
