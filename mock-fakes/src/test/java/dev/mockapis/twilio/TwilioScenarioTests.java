package dev.mockapis.twilio;

import static dev.mockapis.twilio.TwilioSdkErrorTests.assertTwilioError;
import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.Scenario;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The built-in Twilio scenarios and scenario directives, as an application using the SDK sees them. */
class TwilioScenarioTests {

    private static final PhoneNumber CUSTOMER = new PhoneNumber("+14155550100");
    private static final PhoneNumber BUSINESS = new PhoneNumber("+15005550006");
    private static final PhoneNumber CUSTOMER_WHATSAPP = new PhoneNumber("whatsapp:+14155550100");
    private static final PhoneNumber BUSINESS_WHATSAPP = new PhoneNumber("whatsapp:+14155238886");

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture();

    @Test
    void theCatalogOffersTheSixTwilioScenariosWithSuccessfulMessagingAsDefault() {
        assertThat(twilio.fake.scenarios().names())
                .containsExactly(
                        "successful_messaging",
                        "api_errors",
                        "flaky",
                        "message_failures",
                        "whatsapp_window_closed",
                        "callbacks_duplicated",
                        "callbacks_out_of_order",
                        "callbacks_late",
                        "callback_chaos",
                        "rate_limited",
                        "unauthorized");
        assertThat(twilio.server.activeScenario().name()).isEqualTo("successful_messaging");
    }

    @Test
    void apiErrorsCyclesThroughRateLimitAuthenticationAndInvalidNumberOnCreate() {
        twilio.server.useScenario(TwilioScenarios.API_ERRORS);

        assertTwilioError(this::send, 429, 20429, "Too Many Requests");
        assertTwilioError(this::send, 401, 20003, "Authenticate");
        assertTwilioError(this::send, 400, 21211, "The 'To' number is not a valid phone number.");
        assertTwilioError(this::send, 429, 20429, "Too Many Requests");
        assertThat(Message.reader().read(twilio.client))
                .as("other operations work")
                .isEmpty();
    }

    @Test
    void magicNumbersKeepTheirErrorsInEveryScenarioWithoutUsingUpScriptedSteps() {
        twilio.server.useScenario(TwilioScenarios.API_ERRORS);

        assertTwilioError(
                () -> Message.creator(new PhoneNumber("+15005550004"), BUSINESS, "Hi")
                        .create(twilio.client),
                400,
                21610,
                "Attempt to send to unsubscribed recipient");
        assertTwilioError(this::send, 429, 20429, "Too Many Requests");

        twilio.server.useScenario(TwilioScenarios.RATE_LIMITED);
        assertTwilioError(
                () -> Message.creator(CUSTOMER, new PhoneNumber("+15005550007"), "Hi")
                        .create(twilio.client),
                400,
                21606,
                "The From phone number +15005550007 is not a valid, SMS-capable inbound phone number or short code for your account.");
    }

    @Test
    void messageFailuresCreatesMessagesThatEndUndeliveredOrFailedWithDeliveryErrors() {
        twilio.server.useScenario(TwilioScenarios.MESSAGE_FAILURES);

        List<Message> created = IntStream.range(0, 6).mapToObj(i -> send()).toList();
        twilio.fake.deliverAll();
        List<Message> settled = created.stream()
                .map(message -> Message.fetcher(message.getSid()).fetch(twilio.client))
                .toList();

        assertThat(created).extracting(Message::getStatus).containsOnly(Message.Status.QUEUED);
        assertThat(settled)
                .extracting(Message::getStatus)
                .containsExactly(
                        Message.Status.UNDELIVERED,
                        Message.Status.UNDELIVERED,
                        Message.Status.UNDELIVERED,
                        Message.Status.UNDELIVERED,
                        Message.Status.FAILED,
                        Message.Status.UNDELIVERED);
        assertThat(settled).extracting(Message::getErrorCode).containsExactly(30003, 30005, 30006, 30007, 30008, 30003);
        assertThat(settled)
                .extracting(Message::getErrorMessage)
                .startsWith(
                        "Unreachable destination handset",
                        "Unknown destination handset",
                        "Landline or unreachable carrier",
                        "Message filtered",
                        "Unknown error");
    }

    @Test
    void aFailedMessageGoesStraightFromQueuedToFailed() {
        twilio.server.useScenario(Scenario.builder("carrier_down")
                .on("messages.create", rule -> rule.proceedWith(DeliveryOutcome.failed(30008)))
                .build());
        Message message = send();

        Message failed = Message.fetcher(message.getSid()).fetch(twilio.client);

        assertThat(failed.getStatus()).isEqualTo(Message.Status.FAILED);
        assertThat(failed.getErrorCode()).isEqualTo(30008);
        assertThat(failed.getDateSent()).isNull();
        assertThat(failed.getPrice()).isNull();
    }

    @Test
    void aScenarioDirectiveDecidesHowACreatedMessageEnds() {
        twilio.server.register(Scenario.builder("landline")
                .on("messages.create", rule -> rule.proceedWith(DeliveryOutcome.undelivered(30006)))
                .build());
        twilio.server.useScenario("landline");
        Message message = send();

        Message sent = Message.fetcher(message.getSid()).fetch(twilio.client);
        Message undelivered = Message.fetcher(message.getSid()).fetch(twilio.client);

        assertThat(sent.getStatus()).isEqualTo(Message.Status.SENT);
        assertThat(sent.getErrorCode())
                .as("no error before the carrier reports")
                .isNull();
        assertThat(undelivered.getStatus()).isEqualTo(Message.Status.UNDELIVERED);
        assertThat(undelivered.getErrorCode()).isEqualTo(30006);
        assertThat(undelivered.getErrorMessage()).isEqualTo("Landline or unreachable carrier");
        assertThat(undelivered.getPrice())
                .as("Twilio bills undelivered messages")
                .isEqualTo("-0.00790");
    }

    @Test
    void theWindowClosedScenarioFailsFreeformMessagesWith63016EvenAfterTheCustomerWrote() {
        twilio.server.useScenario(TwilioScenarios.WHATSAPP_WINDOW_CLOSED);
        twilio.fake.receiveInbound(CUSTOMER_WHATSAPP.toString(), BUSINESS_WHATSAPP.toString());

        Message freeform = Message.creator(CUSTOMER_WHATSAPP, BUSINESS_WHATSAPP, "Are you still there?")
                .create(twilio.client);
        Message failed = Message.fetcher(freeform.getSid()).fetch(twilio.client);

        assertThat(freeform.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(failed.getStatus()).isEqualTo(Message.Status.FAILED);
        assertThat(failed.getErrorCode()).isEqualTo(63016);
        assertThat(failed.getErrorMessage())
                .isEqualTo("Outside messaging window. For WhatsApp, use a Message Template instead");
    }

    @Test
    void outsideTheWhatsAppWindowTemplatesAndSmsAreStillDelivered() {
        twilio.server.useScenario(TwilioScenarios.WHATSAPP_WINDOW_CLOSED);

        Message template = Message.creator(CUSTOMER_WHATSAPP, BUSINESS_WHATSAPP, (String) null)
                .setContentSid(ContentTemplates.ORDER_UPDATE)
                .setContentVariables("{\"1\":\"Ada\"}")
                .create(twilio.client);
        Message sms = send();
        twilio.fake.deliverAll();

        assertThat(Message.fetcher(template.getSid()).fetch(twilio.client).getStatus())
                .isEqualTo(Message.Status.DELIVERED);
        assertThat(Message.fetcher(sms.getSid()).fetch(twilio.client).getStatus())
                .isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void rateLimitedAnswersEveryOperationWith429() {
        twilio.server.useScenario(TwilioScenarios.RATE_LIMITED);

        assertTwilioError(this::send, 429, 20429, "Too Many Requests");
        assertTwilioError(() -> Message.reader().read(twilio.client), 429, 20429, "Too Many Requests");
        assertTwilioError(
                () -> Message.fetcher("SM00000000000000000000000000000000").fetch(twilio.client),
                429,
                20429,
                "Too Many Requests");
    }

    @Test
    void unauthorizedAnswersEveryOperationWith401() {
        twilio.server.useScenario(TwilioScenarios.UNAUTHORIZED);

        assertTwilioError(this::send, 401, 20003, "Authenticate");
        assertTwilioError(() -> Message.reader().read(twilio.client), 401, 20003, "Authenticate");
        assertTwilioError(
                () -> Message.deleter("SM00000000000000000000000000000000").delete(twilio.client),
                401,
                20003,
                "Authenticate");
    }

    private Message send() {
        return Message.creator(CUSTOMER, BUSINESS, "Your table is ready").create(twilio.client);
    }
}
