package dev.mockapis.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.twilio.security.RequestValidator;
import dev.mockapis.MockApis;
import dev.mockapis.twilio.TwilioFake;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The java.net.http webhooks, checked by an application that validates them with twilio-java's own validator. */
@MockApisTest
class TwilioWebhooksTests {

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer app;
    private String appUrl;

    @BeforeEach
    void startApp() throws IOException {
        RequestValidator validator = new RequestValidator(Credentials.DEFAULTS.twilioAuthToken());
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        appUrl = "http://127.0.0.1:" + app.getAddress().getPort();
        app.createContext("/", exchange -> {
            Map<String, String> form = form(exchange);
            String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
            boolean valid = signature != null && validator.validate(appUrl + exchange.getRequestURI(), form, signature);
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    form,
                    valid,
                    exchange.getRequestHeaders().getFirst("I-Twilio-Idempotency-Token")));
            int status = !valid ? 403 : exchange.getRequestURI().getPath().equals("/failing") ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        app.start();
    }

    @AfterEach
    void stopApp() {
        app.stop(0);
    }

    @Test
    void signsInboundMessagesAsTwilioDoes(TwilioWebhooks webhooks) throws Exception {
        SignedWebhook hello = webhooks.whatsApp("+15551234567", "Hello & welcome")
                .profileName("Ana")
                .media("https://example.com/cat.jpg", "image/jpeg")
                .postedTo(appUrl + "/twilio/whatsapp?tenant=1");

        assertThat(send(hello.request())).isEqualTo(200);
        assertThat(send(hello.replayed())).isEqualTo(200);
        assertThat(send(hello.unsigned())).isEqualTo(403);
        assertThat(send(hello.forged())).isEqualTo(403);
        assertThat(send(hello.tampered("Body", "Send me money"))).isEqualTo(403);
        assertThat(send(hello.with("Body", "Changed before signing").request())).isEqualTo(200);

        Received first = received.get(0);
        assertThat(first.params())
                .containsEntry("Body", "Hello & welcome")
                .containsEntry("From", "whatsapp:+15551234567")
                .containsEntry("To", TwilioWebhooks.SANDBOX_NUMBER)
                .containsEntry("ProfileName", "Ana")
                .containsEntry("MessageType", "image")
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaUrl0", "https://example.com/cat.jpg")
                .containsEntry("AccountSid", webhooks.accountSid());
        assertThat(first.params().get("MessageSid")).matches("MM[0-9a-f]{32}");
        assertThat(received.get(1).idempotencyToken()).isEqualTo(first.idempotencyToken());
    }

    @Test
    void attachedFilesAreServedByTheTwilioFakeToTheAccountsCredentials(TwilioWebhooks webhooks) throws Exception {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        SignedWebhook webhook = webhooks.whatsApp("+15551234567", "My receipt")
                .attach("image/jpeg", photo)
                .postedTo(appUrl + "/twilio/whatsapp");
        HttpRequest.Builder download =
                HttpRequest.newBuilder(java.net.URI.create(webhook.params().get("MediaUrl0")));

        HttpResponse<byte[]> withCredentials = http.send(
                download.copy()
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString((webhooks.accountSid() + ":"
                                                                + Credentials.DEFAULTS.twilioAuthToken())
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> anonymous = http.send(download.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(webhook.params())
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaContentType0", "image/jpeg")
                .containsEntry("MessageType", "image");
        assertThat(withCredentials.statusCode()).isEqualTo(200);
        assertThat(withCredentials.body()).isEqualTo(photo);
        assertThat(withCredentials.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    @Test
    void aChoiceFromASentListPickerIsPostedAsTwilioPostsIt(
            TwilioWebhooks webhooks, @Fake("twilio") TwilioFake twilio, com.twilio.http.TwilioRestClient client)
            throws Exception {
        twilio.receiveInbound("whatsapp:+15551234567", TwilioWebhooks.SANDBOX_NUMBER);
        String menu = com.twilio.rest.api.v2010.account.Message.creator(
                        new com.twilio.type.PhoneNumber("whatsapp:+15551234567"),
                        new com.twilio.type.PhoneNumber(TwilioWebhooks.SANDBOX_NUMBER),
                        (String) null)
                .setContentSid(dev.mockapis.twilio.ContentTemplates.SERVICE_MENU)
                .create(client)
                .getSid();

        SignedWebhook choice = webhooks.choose(menu, "agent").postedTo(appUrl + "/twilio/whatsapp");

        assertThat(send(choice.request())).isEqualTo(200);
        assertThat(received.get(0).params())
                .containsEntry("Body", "Talk to a person")
                .containsEntry("ListId", "agent")
                .containsEntry("ListTitle", "Talk to a person")
                .containsEntry("ListDescription", "We call you back")
                .containsEntry("MessageType", "interactive")
                .containsEntry("OriginalRepliedMessageSid", menu)
                .containsEntry("OriginalRepliedMessageSender", TwilioWebhooks.SANDBOX_NUMBER);
    }

    @Test
    void aSharedContactIsPostedAsTwilioDeliversItWithTheVCardServedByTheFake(TwilioWebhooks webhooks) throws Exception {
        String vCard = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:;Flores\\, Ana;;;\r\nFN:Flores\\, Ana\r\n"
                + "TEL;type=CELL;waid=15557654321:+15557654321\r\nEND:VCARD\r\n";
        SignedWebhook webhook = webhooks.whatsApp("+15551234567", "")
                .sharedContact("Flores, Ana", "+15557654321")
                .postedTo(appUrl + "/twilio/whatsapp");

        assertThat(send(webhook.request())).isEqualTo(200);
        HttpResponse<String> card = http.send(
                HttpRequest.newBuilder(java.net.URI.create(webhook.params().get("MediaUrl0")))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString((webhooks.accountSid() + ":"
                                                                + Credentials.DEFAULTS.twilioAuthToken())
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(received.get(0).params())
                .containsEntry("Body", "")
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaContentType0", "text/vcard")
                .containsEntry("MessageType", "contacts");
        assertThat(card.statusCode()).isEqualTo(200);
        assertThat(card.body()).isEqualTo(vCard);
        assertThat(card.headers().firstValue("Content-Type")).hasValue("text/vcard");
    }

    @Test
    void signsSmsAndStatusCallbacks(TwilioWebhooks webhooks) throws Exception {
        assertThat(send(webhooks.sms("+15551234567", "STOP")
                        .postedTo(appUrl + "/sms")
                        .request()))
                .isEqualTo(200);
        assertThat(send(webhooks.statusCallback("SM0123456789abcdef0123456789abcdef", "undelivered")
                        .errorCode("30008")
                        .postedTo(appUrl + "/status")
                        .request()))
                .isEqualTo(200);

        assertThat(received.get(0).params())
                .containsEntry("From", "+15551234567")
                .containsEntry("To", TwilioWebhooks.SMS_NUMBER)
                .doesNotContainKey("ProfileName");
        assertThat(received.get(1).params())
                .containsEntry("MessageStatus", "undelivered")
                .containsEntry("ErrorCode", "30008");
    }

    @Test
    @MockApis(twilio = "message_failures")
    void deliversTheStatusCallbacksTheTwilioFakeQueued(@BaseUrl("twilio") String twilio, TwilioWebhooks webhooks)
            throws Exception {
        String callbackUrl = URLEncoder.encode(appUrl + "/twilio/status", StandardCharsets.UTF_8);
        HttpResponse<String> created = Http.createTwilioMessage(
                twilio,
                webhooks.accountSid(),
                Credentials.DEFAULTS.twilioAuthToken(),
                "To=whatsapp%3A%2B15551234567&From=whatsapp%3A%2B14155238886&Body=Your+order+shipped&StatusCallback="
                        + callbackUrl);
        assertThat(created.statusCode()).isEqualTo(201);

        List<SignedWebhook> delivered = webhooks.deliverStatusCallbacks(http);

        assertThat(delivered).isNotEmpty();
        assertThat(received)
                .hasSameSizeAs(delivered)
                .allMatch(Received::valid)
                .allMatch(call -> call.path().equals("/twilio/status"));
        assertThat(received.get(received.size() - 1).params().get("MessageStatus"))
                .isIn("failed", "undelivered");
        assertThat(webhooks.takeStatusCallbacks()).isEmpty();
    }

    @Test
    void anInboundWhatsAppMessageOpensTheCustomersWindowUntilTheFakesClockPassesTwentyFourHours(
            @BaseUrl("twilio") String twilio, @Fake("twilio") TwilioFake fake, TwilioWebhooks webhooks)
            throws Exception {
        String reply = "To=whatsapp%3A%2B15551234567&From=whatsapp%3A%2B14155238886&Body=On+its+way&StatusCallback="
                + URLEncoder.encode(appUrl + "/twilio/status", StandardCharsets.UTF_8);
        assertThat(send(webhooks.whatsApp("+15551234567", "Where is my order?")
                        .postedTo(appUrl + "/twilio/whatsapp")
                        .request()))
                .isEqualTo(200);

        Http.createTwilioMessage(twilio, webhooks.accountSid(), Credentials.DEFAULTS.twilioAuthToken(), reply);
        webhooks.deliverStatusCallbacks(http);
        fake.advanceClock(Duration.ofHours(24));
        Http.createTwilioMessage(twilio, webhooks.accountSid(), Credentials.DEFAULTS.twilioAuthToken(), reply);
        webhooks.deliverStatusCallbacks(http);

        assertThat(received)
                .filteredOn(call -> call.path().equals("/twilio/status"))
                .extracting(call ->
                        call.params().get("MessageStatus") + " " + call.params().get("ErrorCode"))
                .containsExactly("sent null", "delivered null", "failed 63016");
    }

    @Test
    void anInboundMessageIsListedByTheTwilioFakeAsReceived(@BaseUrl("twilio") String twilio, TwilioWebhooks webhooks)
            throws Exception {
        SignedWebhook hello =
                webhooks.whatsApp("+15551234567", "Where is my order?").postedTo(appUrl + "/twilio/whatsapp");
        String credentials = webhooks.accountSid() + ":" + Credentials.DEFAULTS.twilioAuthToken();

        HttpResponse<String> fetched = http.send(
                HttpRequest.newBuilder(java.net.URI.create(twilio + "/2010-04-01/Accounts/" + webhooks.accountSid()
                                + "/Messages/" + hello.params().get("MessageSid") + ".json"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body())
                .contains("\"direction\":\"inbound\"")
                .contains("\"status\":\"received\"")
                .contains("\"from\":\"whatsapp:+15551234567\"")
                .contains("\"body\":\"Where is my order?\"");
    }

    @Test
    void failsWhenTheApplicationRejectsAStatusCallback(@BaseUrl("twilio") String twilio, TwilioWebhooks webhooks) {
        Http.createTwilioMessage(
                twilio,
                webhooks.accountSid(),
                Credentials.DEFAULTS.twilioAuthToken(),
                "To=%2B15551234567&From=%2B15005550006&Body=Hi&StatusCallback="
                        + URLEncoder.encode(appUrl + "/failing", StandardCharsets.UTF_8));

        assertThatThrownBy(() -> webhooks.deliverStatusCallbacks(http))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("answered the status callback")
                .hasMessageContaining("with 500");
    }

    @Test
    void needsTheApplicationsAbsoluteUrl(@Fake("twilio") TwilioFake fake, TwilioWebhooks webhooks) {
        assertThatThrownBy(() -> webhooks.whatsApp("+15551234567", "Hi").postedTo("/twilio/whatsapp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http(s) URL");
        assertThat(fake.whatsAppWindowClosesAt("whatsapp:+15551234567", TwilioWebhooks.SANDBOX_NUMBER))
                .as("a webhook that could not be built was never received")
                .isEmpty();
    }

    private int send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static Map<String, String> form(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                form.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private record Received(String path, Map<String, String> params, boolean valid, String idempotencyToken) {}
}
