package dev.mockapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.twilio.security.RequestValidator;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TwilioAdminTests {

    private static final String ACCOUNT_SID = "AC00000000000000000000000000000042";
    private static final String AUTH_TOKEN = "0123456789abcdef0123456789abcdef";

    private MockServer server;
    private RecordingApp app;

    @BeforeEach
    void start() {
        server = MockServer.start(
                "--apis", "twilio", "--twilio-account-sid", ACCOUNT_SID, "--twilio-auth-token", AUTH_TOKEN);
        app = new RecordingApp();
    }

    @AfterEach
    void stop() {
        app.close();
        server.close();
    }

    @Test
    void postsASignedInboundWhatsAppMessageToTheApp() {
        String url = app.url("/twilio/whatsapp");

        Http.Answer answer = Http.postJson(
                server.adminUrl() + "/admin/twilio/inbound",
                "{\"url\":\"" + url
                        + "\",\"from\":\"+15551234567\",\"body\":\"Where is my order?\",\"profileName\":\"Ana\"}");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("status").asInt()).isEqualTo(200);
        assertThat(answer.json().path("body").asText()).isEqualTo(RecordingApp.TWIML);
        RecordingApp.Received webhook = app.received().get(0);
        assertThat(webhook.params())
                .containsEntry("From", "whatsapp:+15551234567")
                .containsEntry("To", "whatsapp:+14155238886")
                .containsEntry("Body", "Where is my order?")
                .containsEntry("ProfileName", "Ana")
                .containsEntry("WaId", "15551234567")
                .containsEntry("AccountSid", ACCOUNT_SID)
                .containsEntry("MessageSid", answer.json().path("messageSid").asText());
        assertThat(webhook.params().get("MessageSid")).matches("SM[0-9a-f]{32}");
        assertThat(webhook.userAgent()).isEqualTo("TwilioProxy/1.1");
        assertThat(webhook.idempotencyToken()).isNotBlank();
        assertThat(new RequestValidator(AUTH_TOKEN).validate(url, webhook.params(), webhook.signature()))
                .isTrue();
        assertThat(new RequestValidator("another-token-another-token-1234")
                        .validate(url, webhook.params(), webhook.signature()))
                .isFalse();
    }

    @Test
    void postsAnSmsWithMediaAndExtraParameters() {
        String url = app.url("/twilio/sms?tenant=7");

        Http.postJson(
                server.adminUrl() + "/admin/twilio/inbound",
                "{\"url\":\"" + url + "\",\"channel\":\"sms\",\"from\":\"+15551234567\","
                        + "\"body\":\"photo\",\"media\":[{\"url\":\"https://example.com/a.jpg\",\"contentType\":\"image/jpeg\"}],"
                        + "\"params\":{\"Latitude\":\"52.1\"}}");

        RecordingApp.Received webhook = app.received().get(0);
        assertThat(webhook.params())
                .containsEntry("From", "+15551234567")
                .containsEntry("NumMedia", "1")
                .containsEntry("MediaUrl0", "https://example.com/a.jpg")
                .containsEntry("MediaContentType0", "image/jpeg")
                .containsEntry("Latitude", "52.1")
                .doesNotContainKey("WaId");
        assertThat(webhook.params().get("MessageSid")).startsWith("MM");
        assertThat(new RequestValidator(AUTH_TOKEN).validate(url, webhook.params(), webhook.signature()))
                .isTrue();
    }

    @Test
    void deliversTheStatusCallbacksOfMessagesTheAppSent() {
        String callbackUrl = app.url("/twilio/status");
        // the customer writes first, which opens their 24-hour WhatsApp window for the reply
        Http.postJson(
                server.adminUrl() + "/admin/twilio/inbound",
                "{\"url\":\"" + app.url("/twilio/whatsapp") + "\",\"from\":\"+15551234567\",\"body\":\"Hi\"}");
        Http.Answer sent = Http.postForm(
                server.baseUrl("twilio") + "/2010-04-01/Accounts/" + ACCOUNT_SID + "/Messages.json",
                "To=" + encode("whatsapp:+15551234567") + "&From=" + encode("whatsapp:+14155238886")
                        + "&Body=Hi&StatusCallback=" + encode(callbackUrl),
                ACCOUNT_SID,
                AUTH_TOKEN);
        assertThat(sent.status()).isEqualTo(201);

        JsonNode delivered = Http.postJson(server.adminUrl() + "/admin/twilio/status-callbacks/deliver", "")
                .json()
                .path("delivered");

        assertThat(delivered)
                .extracting(callback -> callback.path("messageStatus").asText())
                .containsExactly("sent", "delivered");
        assertThat(delivered)
                .allSatisfy(
                        callback -> assertThat(callback.path("status").asInt()).isEqualTo(200));
        assertThat(app.received())
                .filteredOn(callback -> callback.path().equals("/twilio/status"))
                .hasSize(2)
                .allSatisfy(callback -> {
                    assertThat(callback.path()).isEqualTo("/twilio/status");
                    assertThat(callback.params())
                            .containsEntry("MessageSid", sent.json().path("sid").asText());
                    assertThat(new RequestValidator(AUTH_TOKEN)
                                    .validate(callbackUrl, callback.params(), callback.signature()))
                            .isTrue();
                });
        assertThat(Http.postJson(server.adminUrl() + "/admin/twilio/status-callbacks/deliver", "")
                        .json()
                        .path("delivered"))
                .isEmpty();
    }

    @Test
    void theTwilioFakeListsAnInboundMessageAsReceived() {
        Http.Answer posted = Http.postJson(
                server.adminUrl() + "/admin/twilio/inbound",
                "{\"url\":\"" + app.url("/twilio/whatsapp") + "\",\"from\":\"+15551234567\",\"body\":\"Hi\"}");
        String basic =
                Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));

        Http.Answer listed =
                Http.send(HttpRequest.newBuilder(URI.create(server.baseUrl("twilio") + "/2010-04-01/Accounts/"
                                + ACCOUNT_SID + "/Messages.json?To=" + encode("whatsapp:+14155238886")))
                        .header("Authorization", "Basic " + basic));

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().path("messages")).singleElement().satisfies(message -> {
            assertThat(message.path("sid").asText())
                    .isEqualTo(posted.json().path("messageSid").asText());
            assertThat(message.path("direction").asText()).isEqualTo("inbound");
            assertThat(message.path("status").asText()).isEqualTo("received");
            assertThat(message.path("from").asText()).isEqualTo("whatsapp:+15551234567");
            assertThat(message.path("body").asText()).isEqualTo("Hi");
        });
    }

    @Test
    void anUnreachableAppIsReportedAsABadGateway() {
        int closedPort = Http.freePort();

        Http.Answer answer = Http.postJson(
                server.adminUrl() + "/admin/twilio/inbound",
                "{\"url\":\"http://127.0.0.1:" + closedPort + "/hook\",\"from\":\"+15551234567\",\"body\":\"hi\"}");

        assertThat(answer.status()).isEqualTo(502);
        assertThat(answer.json().path("error").asText())
                .startsWith("Could not post to http://127.0.0.1:" + closedPort + "/hook");
    }

    @Test
    void aRequestWithoutUrlOrWithABadOneIsRefused() {
        assertThat(Http.postJson(server.adminUrl() + "/admin/twilio/inbound", "{\"from\":\"+1555\"}")
                        .json()
                        .path("error")
                        .asText())
                .isEqualTo("The body needs a text field 'url'");
        assertThat(Http.postJson(
                                server.adminUrl() + "/admin/twilio/inbound",
                                "{\"url\":\"ftp://x/y\",\"from\":\"+1555\"}")
                        .status())
                .isEqualTo(400);
        assertThat(app.received()).isEmpty();
    }

    @Test
    void deliveringNeedsTheTwilioFake() {
        try (MockServer openAiOnly = MockServer.start("--apis", "openai")) {
            Http.Answer answer = Http.postJson(openAiOnly.adminUrl() + "/admin/twilio/status-callbacks/deliver", "");

            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.json().path("error").asText()).contains("twilio fake is not running");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
