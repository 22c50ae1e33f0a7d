package dev.mockapis.twilioapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.message.Media;
import com.twilio.rest.content.v1.Content;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.twilio.ContentTemplates;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(classes = TwilioTestApplication.class)
@AutoConfigureMockMvc
@MockApis
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwilioIntegrationTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    TwilioRestClient twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    TwilioWebhookSimulator simulator;

    @Autowired
    MockMvc mockMvc;

    @Autowired
    StatusLog statusLog;

    @Value("${mockapis.twilio.auth-token}")
    String authToken;

    @Value("${mockapis.twilio.base-url}")
    String twilioBaseUrl;

    @Test
    @Order(1)
    void theApplicationsClientBeanSendsToTheFake() {
        Message message = Message.creator(
                        new PhoneNumber(CUSTOMER), new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER), "Hi")
                .create(twilio);

        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("To", CUSTOMER)
                .withHeader("Authorization", "Basic AC0a1b2c3d4e5f60718293a4b5c6d7e8f9:<redacted>");
    }

    @Test
    @Order(2)
    void theNextTestDoesNotSeeThatMessage() {
        assertThat(Message.reader().read(twilio)).isEmpty();
    }

    @Test
    void theStaticTwilioClientReachesTheFake() {
        Message message = Message.creator(
                        new PhoneNumber(CUSTOMER), new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER), "Static")
                .create();

        assertThat(message.getBody()).isEqualTo("Static");
        verifier.expectCalls("twilio", "messages.create");
    }

    @Test
    void twilioJavasContentClientReachesTheFakesContentApi() {
        Content order = Content.fetcher(ContentTemplates.ORDER_UPDATE).fetch(twilio);

        assertThat(order.getFriendlyName()).isEqualTo("order_update");
        assertThat(Content.reader().read()).extracting(Content::getSid).contains(ContentTemplates.ORDER_UPDATE);
        verifier.expectCalls("twilio", "content.fetch", "content.list");
    }

    @Test
    @MockApis(twilio = "api_errors")
    void aMethodLevelScenarioScriptsTheFake() {
        assertThatThrownBy(() -> Message.creator(
                                new PhoneNumber(CUSTOMER), new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER), "Hi")
                        .create(twilio))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.getCode()).isEqualTo(20429));
    }

    @Test
    void simulatedWebhooksCarryASignatureTwilioJavaAccepts() {
        TwilioWebhook webhook = simulator
                .whatsApp("+15551234567", "Hello")
                .profileName("Ana")
                .media("https://api.twilio.com/media/1", "image/jpeg")
                .postedTo("/twilio/whatsapp");

        assertThat(new RequestValidator(authToken)
                        .validate("http://localhost/twilio/whatsapp", webhook.params(), webhook.signature()))
                .isTrue();
        assertThat(webhook.params())
                .containsEntry("From", CUSTOMER)
                .containsEntry("WaId", "15551234567")
                .containsEntry("ProfileName", "Ana")
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaUrl0", "https://api.twilio.com/media/1")
                .containsEntry("MediaContentType0", "image/jpeg")
                .containsEntry("MessageType", "image")
                .containsEntry("SmsStatus", "received")
                .containsEntry("ApiVersion", "2010-04-01")
                .containsKeys(
                        "MessageSid",
                        "SmsSid",
                        "SmsMessageSid",
                        "AccountSid",
                        "MessagingServiceSid",
                        "NumSegments",
                        "To",
                        "Body");
        assertThat(webhook.messageSid()).matches("MM[0-9a-f]{32}");
    }

    @Test
    void aVoiceNoteTheSimulatorAttachesIsDownloadedByTheApplicationWithTheAccountsCredentials() throws Exception {
        byte[] voiceNote = {'O', 'g', 'g', 'S', 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 42, 42};
        TwilioWebhook webhook = simulator
                .whatsApp("+15551234567", "")
                .attach("audio/ogg", voiceNote)
                .postedTo("/twilio/whatsapp");

        mockMvc.perform(webhook.request()).andExpect(status().isOk());

        assertThat(webhook.params())
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaContentType0", "audio/ogg")
                .containsEntry("MessageType", "audio");
        assertThat(webhook.param("MediaUrl0"))
                .startsWith(twilioBaseUrl + "/2010-04-01/Accounts/" + simulator.accountSid() + "/Messages/"
                        + webhook.messageSid() + "/Media/ME");
        verifier.assertThat("twilio")
                .called("messages.media.content")
                .once()
                .withHeader("Authorization", "Basic " + simulator.accountSid() + ":<redacted>");
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("Body", "Echo: [16 bytes of audio/ogg]");
        assertThat(Media.reader(webhook.messageSid()).read(twilio))
                .extracting(Media::getContentType)
                .containsExactly("audio/ogg");
    }

    @Test
    void tapsOnTheButtonsAndListItemsOfSentTemplatesComeBackAsTwilioPostsThem() throws Exception {
        mockMvc.perform(simulator
                        .whatsApp("+15551234567", "Hi")
                        .postedTo("/twilio/whatsapp")
                        .request())
                .andExpect(status().isOk());
        PhoneNumber customer = new PhoneNumber(CUSTOMER);
        PhoneNumber business = new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER);
        String reminder = Message.creator(customer, business, (String) null)
                .setContentSid(ContentTemplates.APPOINTMENT_REMINDER)
                .setContentVariables("{\"1\":\"Ana\",\"2\":\"Friday\"}")
                .create(twilio)
                .getSid();
        String menu = Message.creator(customer, business, (String) null)
                .setContentSid(ContentTemplates.SERVICE_MENU)
                .create(twilio)
                .getSid();

        TwilioWebhook tap = simulator.choose(reminder, "confirm").postedTo("/twilio/whatsapp");
        TwilioWebhook choice = simulator.choose(menu, "hours").postedTo("/twilio/whatsapp");
        mockMvc.perform(tap.request()).andExpect(status().isOk());
        mockMvc.perform(choice.request()).andExpect(status().isOk());

        assertThat(tap.params())
                .containsEntry("From", CUSTOMER)
                .containsEntry("To", TwilioWebhookSimulator.SANDBOX_NUMBER)
                .containsEntry("Body", "Yes")
                .containsEntry("ButtonText", "Yes")
                .containsEntry("ButtonPayload", "confirm")
                .containsEntry("MessageType", "button")
                .containsEntry("OriginalRepliedMessageSid", reminder)
                .containsEntry("OriginalRepliedMessageSender", TwilioWebhookSimulator.SANDBOX_NUMBER);
        assertThat(choice.params())
                .containsEntry("Body", "Opening hours")
                .containsEntry("ListId", "hours")
                .containsEntry("ListTitle", "Opening hours")
                .containsEntry("ListDescription", "When we are open")
                .containsEntry("MessageType", "interactive")
                .containsEntry("OriginalRepliedMessageSid", menu)
                .doesNotContainKey("ButtonPayload");
        assertThat(Message.reader().read(twilio))
                .extracting(Message::getBody)
                .contains("Echo: Yes", "Echo: Opening hours");
        assertThatThrownBy(() -> simulator.choose(reminder, "maybe"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[confirm, reschedule]");
    }

    @Test
    void aSharedContactIsAVCardTheApplicationDownloadsAndAQuoteNamesWhoSentTheQuotedMessage() throws Exception {
        TwilioWebhook contact = simulator
                .whatsApp("+15551234567", "")
                .sharedContact("Ana Flores", "+15557654321")
                .postedTo("/twilio/whatsapp");
        mockMvc.perform(contact.request()).andExpect(status().isOk());
        String vCard = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Ana Flores;;;\r\nFN:Ana Flores\r\n"
                + "TEL;type=CELL;waid=15557654321:+15557654321\r\nEND:VCARD\r\n";

        assertThat(contact.params())
                .containsEntry("Body", "")
                .containsEntry("MessageType", "contacts")
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaContentType0", "text/vcard");
        assertThat(contact.messageSid()).startsWith("MM");
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("Body", "Echo: [" + vCard.length() + " bytes of text/vcard]");
        assertThat(Media.reader(contact.messageSid()).read(twilio))
                .extracting(Media::getContentType)
                .containsExactly("text/vcard");

        TwilioWebhook quote = simulator
                .whatsApp("+15551234567", "Please call her")
                .inReplyTo(contact.messageSid(), "+15551234567")
                .postedTo("/twilio/whatsapp");
        TwilioWebhook replyToBusiness = simulator
                .whatsApp("+15551234567", "Thanks")
                .inReplyTo("SM0123456789abcdef0123456789abcdef")
                .postedTo("/twilio/whatsapp");
        assertThat(quote.params())
                .containsEntry("OriginalRepliedMessageSid", contact.messageSid())
                .containsEntry("OriginalRepliedMessageSender", CUSTOMER)
                .containsEntry("MessageType", "text");
        assertThat(replyToBusiness.params())
                .containsEntry("OriginalRepliedMessageSender", TwilioWebhookSimulator.SANDBOX_NUMBER);
        assertThatThrownBy(() -> simulator.whatsApp("+15551234567", "").sharedContact("Ana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BEGIN:VCARD");
        assertThatThrownBy(() -> simulator.whatsApp("+15551234567", "").sharedContact("Ana", "555-1234"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E.164");
    }

    @Test
    void signedWebhooksAreAcceptedAndTheReplyReachesTheFake() throws Exception {
        mockMvc.perform(simulator
                        .whatsApp("+15551234567", "Hello")
                        .postedTo("/twilio/whatsapp")
                        .request())
                .andExpect(status().isOk());

        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("Body", "Echo: Hello")
                .withFormParam("To", CUSTOMER);
    }

    @Test
    void inboundMessagesAreListedBesideTheRepliesAsTwilioKeepsThem() throws Exception {
        TwilioWebhook hello = simulator.whatsApp("+15551234567", "Hello").postedTo("/twilio/whatsapp");
        mockMvc.perform(hello.request()).andExpect(status().isOk());

        List<Message> received = StreamSupport.stream(
                        Message.reader()
                                .setTo(TwilioWebhookSimulator.SANDBOX_NUMBER)
                                .read(twilio)
                                .spliterator(),
                        false)
                .toList();
        List<Message> sent = StreamSupport.stream(
                        Message.reader().setTo(CUSTOMER).read(twilio).spliterator(), false)
                .toList();

        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getSid()).isEqualTo(hello.messageSid());
            assertThat(message.getDirection()).isEqualTo(Message.Direction.INBOUND);
            assertThat(message.getStatus()).isEqualTo(Message.Status.RECEIVED);
            assertThat(message.getFrom()).hasToString(CUSTOMER);
            assertThat(message.getBody()).isEqualTo("Hello");
        });
        assertThat(sent).singleElement().satisfies(message -> {
            assertThat(message.getDirection()).isEqualTo(Message.Direction.OUTBOUND_API);
            assertThat(message.getBody()).isEqualTo("Echo: Hello");
        });
        assertThat(Message.fetcher(hello.messageSid()).fetch(twilio).getStatus())
                .isEqualTo(Message.Status.RECEIVED);
    }

    @Test
    void aSharedLocationCarriesItsCoordinatesAndPlace() {
        TwilioWebhook pin = simulator
                .whatsApp("+15551234567", "")
                .location(37.7749, -122.4194, "Bloom & Stem", "1 Market St, San Francisco")
                .postedTo("/twilio/whatsapp");

        assertThat(pin.params())
                .containsEntry("MessageType", "location")
                .containsEntry("Latitude", "37.7749")
                .containsEntry("Longitude", "-122.4194")
                .containsEntry("Label", "Bloom & Stem")
                .containsEntry("Address", "1 Market St, San Francisco");
        assertThat(simulator
                        .whatsApp("+15551234567", "")
                        .location(1.5, 2.5, null, null)
                        .postedTo("/twilio/whatsapp")
                        .params())
                .containsEntry("Latitude", "1.5")
                .doesNotContainKeys("Label", "Address");
        assertThatThrownBy(() -> simulator.whatsApp("+15551234567", "").location(91, 0, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("latitude is -90 to 90");
    }

    @Test
    void forgedUnsignedAndTamperedWebhooksAreRejected() throws Exception {
        TwilioWebhook webhook = simulator.whatsApp("+15551234567", "Hello").postedTo("/twilio/whatsapp");

        mockMvc.perform(webhook.forged()).andExpect(status().isForbidden());
        mockMvc.perform(webhook.unsigned()).andExpect(status().isForbidden());
        mockMvc.perform(webhook.tampered("Body", "Transfer everything")).andExpect(status().isForbidden());
        assertThat(verifier.operations("twilio")).isEmpty();
    }

    @Test
    void aReplayedWebhookIsTheSameRequestAgain() throws Exception {
        TwilioWebhook webhook = simulator.whatsApp("+15551234567", "Hello").postedTo("/twilio/whatsapp");

        String first =
                mockMvc.perform(webhook.request()).andReturn().getRequest().getHeader("I-Twilio-Idempotency-Token");
        String second =
                mockMvc.perform(webhook.replayed()).andReturn().getRequest().getHeader("I-Twilio-Idempotency-Token");

        assertThat(second).isEqualTo(first).isEqualTo(webhook.idempotencyToken());
    }

    @Test
    void statusCallbacksTheFakeQueuedAreDeliveredSigned() throws Exception {
        statusLog.clear();
        mockMvc.perform(simulator
                        .whatsApp("+15551234567", "Hello")
                        .postedTo("/twilio/whatsapp")
                        .request())
                .andExpect(status().isOk());
        String sid = Message.reader().read(twilio).iterator().next().getSid();

        List<TwilioWebhook> delivered = simulator.deliverStatusCallbacks(mockMvc);

        assertThat(delivered)
                .isNotEmpty()
                .allSatisfy(callback -> assertThat(callback.url()).isEqualTo("http://localhost/twilio/status"));
        assertThat(statusLog.statuses()).last().isEqualTo(sid + " delivered");
    }

    @Test
    void theWindowAnInboundMessageOpenedClosesWhenTheFakesClockPassesTwentyFourHours() throws Exception {
        statusLog.clear();
        mockMvc.perform(simulator
                        .whatsApp("+15551234567", "Hello")
                        .postedTo("/twilio/whatsapp")
                        .request())
                .andExpect(status().isOk());
        String echo = Message.reader().read(twilio).iterator().next().getSid();

        simulator.fake().advanceClock(Duration.ofHours(25));
        PhoneNumber customer = new PhoneNumber(CUSTOMER);
        PhoneNumber business = new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER);
        URI callback = URI.create("http://localhost/twilio/status");
        String followUp = Message.creator(customer, business, "Still there?")
                .setStatusCallback(callback)
                .create(twilio)
                .getSid();
        String template = Message.creator(customer, business, (String) null)
                .setContentSid(ContentTemplates.ORDER_UPDATE)
                .setStatusCallback(callback)
                .create(twilio)
                .getSid();
        simulator.deliverStatusCallbacks(mockMvc);

        assertThat(statusLog.statuses())
                .contains(echo + " delivered", followUp + " failed", template + " delivered")
                .doesNotContain(followUp + " delivered");
    }

    @Test
    @MockApis(twilio = "callback_chaos")
    void anIdempotentStatusHandlerKeepsTheLatestStatusThroughDuplicatedLateAndReversedCallbacks() throws Exception {
        statusLog.clear();
        simulator.fake().receiveInbound(CUSTOMER, TwilioWebhookSimulator.SANDBOX_NUMBER);
        String sid = Message.creator(
                        new PhoneNumber(CUSTOMER), new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER), "Booked")
                .setStatusCallback(URI.create("http://localhost/twilio/status-idempotent"))
                .create(twilio)
                .getSid();

        assertThat(simulator.deliverStatusCallbacks(mockMvc)).isEmpty();
        List<TwilioWebhook> delivered = simulator.deliverStatusCallbacks(mockMvc);

        assertThat(delivered)
                .extracting(callback -> callback.param("MessageStatus"))
                .containsExactly("delivered", "sent", "delivered", "sent");
        assertThat(statusLog.statuses())
                .containsExactly(sid + " delivered", sid + " sent", sid + " delivered", sid + " sent");
        assertThat(statusLog.latest(sid)).hasValue("delivered");
        assertThat(statusLog.processed()).isEqualTo(2);
    }

    @Test
    void aCallbackAnsweredWith503IsRetriedWithTheSameTokenWhenItsUrlAsks() throws Exception {
        statusLog.clear();
        simulator.fake().receiveInbound(CUSTOMER, TwilioWebhookSimulator.SANDBOX_NUMBER);
        PhoneNumber customer = new PhoneNumber(CUSTOMER);
        PhoneNumber business = new PhoneNumber(TwilioWebhookSimulator.SANDBOX_NUMBER);
        String sid = Message.creator(customer, business, "Booked")
                .setStatusCallback(URI.create("http://localhost/twilio/status-overloaded#rp=5xx&rc=2"))
                .create(twilio)
                .getSid();

        List<TwilioWebhook> delivered = simulator.deliverStatusCallbacks(mockMvc);

        assertThat(delivered)
                .allSatisfy(
                        callback -> assertThat(callback.url()).isEqualTo("http://localhost/twilio/status-overloaded"));
        assertThat(statusLog.attempts())
                .hasSize(2)
                .allSatisfy((token, attempts) -> assertThat(attempts).isEqualTo(2));
        assertThat(statusLog.latest(sid)).hasValue("delivered");

        Message.creator(customer, business, "Booked again")
                .setStatusCallback(URI.create("http://localhost/twilio/status-overloaded"))
                .create(twilio);
        assertThatThrownBy(() -> simulator.deliverStatusCallbacks(mockMvc))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("with 503")
                .hasMessageContaining("Twilio would give up");
    }

    @Test
    @MockApis(twilio = "message_failures")
    void failedDeliveriesReachTheApplicationWithTheirErrorCode() throws Exception {
        statusLog.clear();
        mockMvc.perform(simulator
                        .whatsApp("+15551234567", "Hello")
                        .postedTo("/twilio/whatsapp")
                        .request())
                .andExpect(status().isOk());

        List<TwilioWebhook> delivered = simulator.deliverStatusCallbacks(mockMvc);

        assertThat(delivered).last().satisfies(callback -> {
            assertThat(callback.param("MessageStatus")).isEqualTo("undelivered");
            assertThat(callback.param("ErrorCode")).isEqualTo("30003");
        });
    }
}
