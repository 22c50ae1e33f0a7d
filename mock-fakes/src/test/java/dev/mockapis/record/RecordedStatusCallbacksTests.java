package dev.mockapis.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ParsedBody;
import dev.mockapis.core.ScenarioFileException;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.internal.FormEncoding;
import dev.mockapis.core.record.Recorder;
import dev.mockapis.core.record.Redactions;
import dev.mockapis.core.record.Replay;
import dev.mockapis.core.record.Upstream;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;
import dev.mockapis.twilio.StatusCallback;
import dev.mockapis.twilio.TwilioFake;
import dev.mockapis.twilio.TwilioSignatures;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twilio's status lifecycle as a recording keeps it: a second Twilio fake with another account plays
 * the real Twilio and posts its status callbacks, signed with its own token, to the URL record mode gave
 * it; the recording fake hands each to the application as the webhook simulators deliver its own, and
 * the recording keeps them after the message's creation. Replayed with that Twilio gone, the creation
 * brings the same callbacks to the application's URL, signed for the replaying fake, and fetches show
 * the status advancing as it did.
 */
class RecordedStatusCallbacksTests {

    private static final String REAL_SID = "AC99999999999999999999999999999999";
    private static final String REAL_TOKEN = "9999aaaa9999aaaa9999aaaa9999aaaa";
    private static final String FAKE_SID = "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9";
    private static final String FAKE_TOKEN = "f0e1d2c3b4a5968778695a4b3c2d1e0f";
    private static final String CUSTOMER = "whatsapp:+14155550100";
    private static final String BUSINESS = "whatsapp:+14155238886";

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void theCallbacksTwilioSentWhileRecordingAreReplayedAfterTheMessageToTheAppsUrlSignedForTheReplayingFake()
            throws Exception {
        TwilioFake realTwilio = new TwilioFake(REAL_SID, REAL_TOKEN, Clock.systemUTC());
        // The customer wrote first, so WhatsApp's 24-hour window lets the free-form reply out.
        realTwilio.receiveInbound(CUSTOMER, BUSINESS);
        TwilioFake recording = new TwilioFake(FAKE_SID, FAKE_TOKEN, Clock.systemUTC());
        Path file = dir.resolve("twilio.yaml");
        String sid;
        List<Message.Status> recordedLifecycle;
        List<Map<String, String>> recordedCallbacks;
        try (App app = App.start(FAKE_TOKEN);
                FakeServer provider = FakeServer.start(realTwilio);
                FakeServer fake = FakeServer.start(recording);
                RedirectingTwilioHttpClient redirect = new RedirectingTwilioHttpClient(fake.baseUrl());
                Recorder recorder = Recorder.to(
                        Upstream.at(provider.baseUrl())
                                .withBasicAuth(REAL_SID, REAL_TOKEN)
                                .withSubstitution(FAKE_SID, REAL_SID)
                                .withCallbacks("StatusCallback", 0, null),
                        Redactions.defaults().bodyFields(List.of("to", "from")))) {
            fake.standIn(recorder);
            TwilioRestClient client = new TwilioRestClient.Builder(FAKE_SID, FAKE_TOKEN)
                    .httpClient(redirect)
                    .build();

            Message sent = send(client, app.url());
            sid = sent.getSid();
            recordedLifecycle = lifecycle(client, sent);
            assertThat(recordedLifecycle)
                    .containsExactly(Message.Status.QUEUED, Message.Status.SENT, Message.Status.DELIVERED);

            String relayUrl = formParam(provider.interactions().all().get(0), "StatusCallback");
            assertThat(relayUrl)
                    .as("Twilio is given the relay's URL, not the application's")
                    .startsWith("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":")
                    .isNotEqualTo(app.url());
            // Twilio's part: it posts each status change, signed with the real account's token
            List<StatusCallback> fromTwilio = realTwilio.takeStatusCallbacks();
            assertThat(fromTwilio).extracting(StatusCallback::messageStatus).containsExactly("sent", "delivered");
            for (StatusCallback callback : fromTwilio) {
                assertThat(callback.deliveryUrl()).isEqualTo(relayUrl);
                assertThat(post(callback.deliveryUrl(), callback.params(), REAL_TOKEN))
                        .isEqualTo(204);
            }
            deliver(recording.takeStatusCallbacks());
            recordedCallbacks = app.received();
            assertThat(recordedCallbacks)
                    .extracting(params -> params.get("MessageStatus"))
                    .containsExactly("sent", "delivered");
            assertThat(recordedCallbacks).allSatisfy(params -> {
                assertThat(params).containsEntry("MessageSid", sid).containsEntry("AccountSid", FAKE_SID);
                assertThat(params).containsEntry("To", CUSTOMER).containsEntry("From", BUSINESS);
            });

            recorder.write(file, "Recorded by RecordedStatusCallbacksTests");
            assertThat(Files.readString(file)).doesNotContain(relayUrl);
        }
        String text = Files.readString(file);
        assertThat(text)
                .doesNotContain(REAL_SID, REAL_TOKEN, "+14155550100", "+14155238886")
                .contains("callbacks:", "MessageStatus: sent", "MessageStatus: delivered", "To: <redacted>");

        TwilioFake replaying = new TwilioFake(FAKE_SID, FAKE_TOKEN, Clock.systemUTC());
        try (App app = App.start(FAKE_TOKEN);
                FakeServer fake = FakeServer.start(replaying);
                RedirectingTwilioHttpClient redirect = new RedirectingTwilioHttpClient(fake.baseUrl())) {
            // the application listens elsewhere now, so its callback URL is left out of the comparison
            Replay replay = Replay.read(file.toString(), text, replaying, Set.of("StatusCallback"), "record again");
            fake.standIn(replay);
            TwilioRestClient client = new TwilioRestClient.Builder(FAKE_SID, FAKE_TOKEN)
                    .httpClient(redirect)
                    .build();

            Message again = send(client, app.url());
            assertThat(again.getSid()).isEqualTo(sid);
            List<StatusCallback> replayed = replaying.takeStatusCallbacks();
            assertThat(replayed)
                    .allSatisfy(callback -> assertThat(callback.url()).isEqualTo(app.url()));
            deliver(replayed);
            assertThat(app.received())
                    .as("the same callbacks, in the same order")
                    .isEqualTo(recordedCallbacks);
            assertThat(lifecycle(client, again)).isEqualTo(recordedLifecycle);
            assertThat(replay.misses()).isEmpty();
            assertThat(replay.fallThroughs()).isEmpty();
            assertThat(replaying.takeStatusCallbacks()).as("each callback once").isEmpty();
        }
    }

    @Test
    void aHandWrittenStepCarriesCallbacksTheFakeQueuesForTheMessagesUrl() throws Exception {
        TwilioFake twilio = new TwilioFake(FAKE_SID, FAKE_TOKEN, Clock.systemUTC());
        String sid = "SM0123456789abcdef0123456789abcdef";
        String yaml = """
                description: a message Twilio could not deliver
                rules:
                  - operation: messages.create
                    steps:
                      - respond:
                          status: 201
                          body: {sid: %s, status: queued}
                        callbacks:
                          - params: {MessageSid: %s, MessageStatus: sent, To: <redacted>}
                          - params: {ErrorCode: "30003", MessageSid: %s, MessageStatus: undelivered}
                            after: 2s
                """.formatted(sid, sid, sid);
        try (FakeServer fake = FakeServer.start(twilio)) {
            fake.useScenario(ScenarioFiles.read("undelivered.yaml", yaml, twilio));
            String url = "https://app.example.com/twilio/status";
            HttpResponse<String> created = http.send(
                    HttpRequest.newBuilder(
                                    URI.create(fake.baseUrl() + "/2010-04-01/Accounts/" + FAKE_SID + "/Messages.json"))
                            .header("Authorization", basic(FAKE_SID, FAKE_TOKEN))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(Map.of(
                                    "To", List.of("+15005550006"),
                                    "From", List.of("+15005550006"),
                                    "Body", List.of("Hi"),
                                    "StatusCallback", List.of(url)))))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(created.statusCode()).isEqualTo(201);
            List<StatusCallback> callbacks = twilio.takeStatusCallbacks();
            assertThat(callbacks).extracting(StatusCallback::url).containsOnly(url);
            assertThat(callbacks)
                    .extracting(StatusCallback::params)
                    .containsExactly(
                            Map.of("MessageSid", sid, "MessageStatus", "sent", "To", "+15005550006"),
                            Map.of("ErrorCode", "30003", "MessageSid", sid, "MessageStatus", "undelivered"));
            assertThat(callbacks.get(0).idempotencyToken())
                    .isNotEqualTo(callbacks.get(1).idempotencyToken());
        }
    }

    @Test
    void callbacksAreRefusedWhereTheProviderSendsNoneOrTheFakeAnswersForItself() {
        String openai = """
                description: no callbacks here
                rules:
                  - operation: chat.completions.create
                    steps:
                      - respond: {status: 200, body: {}}
                        callbacks:
                          - params: {status: done}
                """;
        assertThatThrownBy(() -> ScenarioFiles.read("openai.yaml", openai, new OpenAiFake(Clock.systemUTC())))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("rules[0].steps[0].callbacks")
                .hasMessageContaining("openai sends no callbacks");
        String proceed = """
                description: the fake's own lifecycle
                rules:
                  - operation: messages.create
                    steps:
                      - proceed: {deliver: failed, errorCode: 30003}
                        callbacks:
                          - params: {MessageStatus: failed}
                """;
        assertThatThrownBy(() -> ScenarioFiles.read(
                        "twilio.yaml", proceed, new TwilioFake(FAKE_SID, FAKE_TOKEN, Clock.systemUTC())))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageContaining("callbacks go with respond; with proceed the fake sends its own");
    }

    private static Message send(TwilioRestClient client, String statusCallback) {
        return Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), "Your order has shipped")
                .setStatusCallback(URI.create(statusCallback))
                .create(client);
    }

    /** The statuses the application sees: at creation, then on each fetch until it stops changing. */
    private static List<Message.Status> lifecycle(TwilioRestClient client, Message sent) {
        List<Message.Status> seen = new ArrayList<>(List.of(sent.getStatus()));
        for (int fetch = 0; fetch < 5 && seen.get(seen.size() - 1) != Message.Status.DELIVERED; fetch++) {
            seen.add(Message.fetcher(sent.getSid()).fetch(client).getStatus());
        }
        return seen;
    }

    /** Posts callbacks as the webhook simulators do: signed with the fake's token. */
    private void deliver(List<StatusCallback> callbacks) throws Exception {
        for (StatusCallback callback : callbacks) {
            assertThat(post(callback.deliveryUrl(), callback.params(), FAKE_TOKEN))
                    .isEqualTo(200);
        }
    }

    private int post(String url, Map<String, String> params, String token) throws Exception {
        Map<String, List<String>> form = new LinkedHashMap<>();
        params.forEach((name, value) -> form.put(name, List.of(value)));
        return http.send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .header(
                                        "X-Twilio-Signature",
                                        TwilioSignatures.forAuthToken(token).sign(url, params))
                                .POST(HttpRequest.BodyPublishers.ofString(FormEncoding.encode(form)))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static String formParam(Interaction interaction, String name) {
        return ((ParsedBody.Form) interaction.body()).params().get(name).get(0);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The application's status callback endpoint: it takes a callback only with a signature twilio-java's
     * {@link RequestValidator} accepts for its auth token (403 otherwise), and keeps its parameters.
     */
    private static final class App implements AutoCloseable {
        private final HttpServer server;
        private final RequestValidator validator;
        private final List<Map<String, String>> received = new ArrayList<>();

        private App(HttpServer server, String authToken) {
            this.server = server;
            this.validator = new RequestValidator(authToken);
        }

        static App start(String authToken) throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            App app = new App(server, authToken);
            server.createContext("/twilio/status", exchange -> {
                Map<String, String> params = new LinkedHashMap<>();
                FormEncoding.parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                        .forEach((name, values) -> params.put(name, values.get(0)));
                String signature = exchange.getRequestHeaders().getFirst("X-Twilio-Signature");
                boolean valid = signature != null && app.validator.validate(app.url(), params, signature);
                if (valid) {
                    synchronized (app.received) {
                        app.received.add(params);
                    }
                }
                exchange.sendResponseHeaders(valid ? 200 : 403, -1);
                exchange.close();
            });
            server.start();
            return app;
        }

        String url() {
            return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":"
                    + server.getAddress().getPort() + "/twilio/status";
        }

        List<Map<String, String>> received() {
            synchronized (received) {
                return List.copyOf(received);
            }
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
