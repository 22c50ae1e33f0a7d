package dev.mockapis.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.FakeServer;
import dev.mockapis.twilio.TwilioFake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Record and replay with the plain JUnit extension: a Twilio fake with another account plays the real
 * Twilio; a test class records a message and its status lifecycle through twilio-java, then runs
 * against its recording with that Twilio gone.
 */
class RecordReplayExtensionTests {

    private static final String REAL_SID = "AC11112222333344445555666677778888";
    private static final String REAL_TOKEN = "0000111122223333444455556666aaaa";
    private static final List<String> PROPERTIES = List.of(
            "mockapis.twilio.mode",
            "mockapis.twilio.upstream.url",
            "mockapis.twilio.upstream.account-sid",
            "mockapis.twilio.upstream.auth-token",
            "mockapis.twilio.record.redact-fields",
            "mockapis.recordings.dir",
            SendsAndFollowsAMessage.BODY);

    @TempDir
    Path recordings;

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void aMessageAndItsLifecycleAreRecordedWithoutSecretsThenReplayedWithTwilioGone() throws Exception {
        System.setProperty("mockapis.recordings.dir", recordings.toString());
        TwilioFake twilio = new TwilioFake(REAL_SID, REAL_TOKEN, Clock.systemUTC());
        // The customer wrote first, so WhatsApp's 24-hour window lets the free-form reply out.
        twilio.receiveInbound("whatsapp:+14155550100", "whatsapp:+14155238886");
        try (FakeServer realTwilio = FakeServer.start(twilio)) {
            System.setProperty("mockapis.twilio.mode", "record");
            System.setProperty("mockapis.twilio.upstream.url", realTwilio.baseUrl());
            System.setProperty("mockapis.twilio.upstream.account-sid", REAL_SID);
            System.setProperty("mockapis.twilio.upstream.auth-token", REAL_TOKEN);
            System.setProperty("mockapis.twilio.record.redact-fields", "To, From");

            assertThat(failures(launch())).isEmpty();
            assertThat(realTwilio.interactions().operations())
                    .containsExactly("messages.create", "messages.fetch", "messages.fetch");
        }
        String recording =
                Files.readString(recordings.resolve(SendsAndFollowsAMessage.class.getName() + "/sends/twilio.yaml"));
        assertThat(recording)
                .doesNotContain(REAL_SID, REAL_TOKEN, "+14155550100", "+14155238886")
                .contains(MockApisExtension.TWILIO_ACCOUNT_SID, "To: <redacted>", "status: sent", "status: delivered");

        PROPERTIES.subList(0, 5).forEach(System::clearProperty);
        assertThat(failures(launch())).isEmpty();

        System.setProperty(SendsAndFollowsAMessage.BODY, "Your order is late");
        assertThat(failures(launch()))
                .singleElement()
                .asString()
                .contains("no recorded messages.create matches POST /2010-04-01/Accounts/")
                .contains("form/Body: recorded \"Your order has shipped\", requested \"Your order is late\"");
    }

    private static EngineExecutionResults launch() {
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(SendsAndFollowsAMessage.class))
                .execute();
    }

    private static List<String> failures(EngineExecutionResults results) {
        assertThat(results.testEvents().started().count()).isEqualTo(1);
        return results.testEvents().failed().list().stream()
                .map(Event::getPayload)
                .map(payload -> payload.map(TestExecutionResult.class::cast)
                        .flatMap(TestExecutionResult::getThrowable)
                        .map(Throwable::getMessage)
                        .orElse("?"))
                .toList();
    }

    @MockApisTest
    static class SendsAndFollowsAMessage {

        static final String BODY = "record-replay-tests.body";

        @Test
        void sends(TwilioRestClient twilio) {
            Message sent = Message.creator(
                            new PhoneNumber("whatsapp:+14155550100"),
                            new PhoneNumber("whatsapp:+14155238886"),
                            System.getProperty(BODY, "Your order has shipped"))
                    .create(twilio);
            List<Message.Status> seen = new ArrayList<>(List.of(sent.getStatus()));
            for (int fetch = 0; fetch < 5 && seen.get(seen.size() - 1) != Message.Status.DELIVERED; fetch++) {
                seen.add(Message.fetcher(sent.getSid()).fetch(twilio).getStatus());
            }
            assertThat(sent.getAccountSid()).isEqualTo(MockApisExtension.TWILIO_ACCOUNT_SID);
            assertThat(seen).containsExactly(Message.Status.QUEUED, Message.Status.SENT, Message.Status.DELIVERED);
        }
    }
}
