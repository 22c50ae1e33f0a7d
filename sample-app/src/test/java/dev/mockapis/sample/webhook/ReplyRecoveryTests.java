package dev.mockapis.sample.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.sample.AssistantApplication;
import dev.mockapis.sample.AssistantTest;
import dev.mockapis.sample.delivery.OutboundMessage;
import dev.mockapis.sample.delivery.OutboundMessages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A reply part the application handed to Twilio just before it was killed: on the next start it is
 * found in Twilio's message list and recorded, not sent a second time; one that never reached Twilio is
 * sent. The crash itself is simulated by doing the steps before it by hand.
 */
@AssistantTest
class ReplyRecoveryTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final String REPLY = "Your roses leave the shop at noon.";

    @Autowired
    InboundMessages messages;

    @Autowired
    ReplyDelivery delivery;

    @Autowired
    ReplyParts parts;

    @Autowired
    OutboundMessages outbound;

    @Autowired
    TwilioRestClient twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    ConfigurableApplicationContext application;

    @Test
    void aPartTwilioAcceptedBeforeTheCrashIsRecoveredFromTwilioAndNotSentAgain() {
        String sid = interruptedReply("1");
        ReplyPart part = parts.markAttempted(parts.of(sid).get(0));
        // the process dies right after Twilio accepted the message, before the application recorded it
        Message accepted = Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), part.body())
                .create(twilio);

        InboundMessage answered = restart(sid);

        assertThat(answered.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        verifier.assertThat("twilio").called("messages.create").once();
        verifier.assertThat("twilio").called("messages.list").once().withQueryParam("To", CUSTOMER);
        verifier.assertThat("openai").neverCalled("responses.create");
        assertThat(outbound.to(CUSTOMER))
                .extracting(OutboundMessage::sid, OutboundMessage::inReplyTo)
                .containsExactly(tuple(accepted.getSid(), sid));
    }

    @Test
    void aPartAttemptedButNeverReceivedByTwilioIsSentOnce() {
        String sid = interruptedReply("2");
        parts.markAttempted(parts.of(sid).get(0));

        InboundMessage answered = restart(sid);

        assertThat(answered.status()).isEqualTo(InboundMessage.Status.ANSWERED);
        verifier.assertThat("twilio").called("messages.list").once();
        verifier.assertThat("twilio").called("messages.create").once().withFormParam("Body", REPLY);
        assertThat(outbound.to(CUSTOMER))
                .singleElement()
                .extracting(OutboundMessage::inReplyTo)
                .isEqualTo(sid);
    }

    @Test
    void anEarlierIdenticalReplyAlreadyRecordedIsNotTakenForTheInterruptedOne() {
        String earlier = interruptedReply("3");
        delivery.send(messages.find(earlier).orElseThrow());
        messages.finish(earlier, InboundMessage.Status.ANSWERED);
        String sid = interruptedReply("4");
        parts.markAttempted(parts.of(sid).get(0));

        restart(sid);

        verifier.assertThat("twilio").called("messages.create").times(2);
        assertThat(outbound.to(CUSTOMER))
                .extracting(OutboundMessage::inReplyTo)
                .containsExactlyInAnyOrder(earlier, sid);
    }

    /** A stored message whose reply was generated and stored, as the application leaves it just before sending. */
    private String interruptedReply(String digit) {
        String sid = "SM" + digit.repeat(32);
        InboundMessage message = new InboundMessage(
                sid,
                CUSTOMER,
                BUSINESS,
                "Ana",
                "When do my roses leave?",
                List.of(),
                InboundMessage.Status.RECEIVED,
                0,
                null,
                Instant.now());
        messages.storeIfNew(message, null);
        delivery.store(message, "orders", REPLY);
        return sid;
    }

    private InboundMessage restart(String sid) {
        application.publishEvent(new ApplicationReadyEvent(
                new SpringApplication(AssistantApplication.class), new String[0], application, Duration.ZERO));
        return await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> messages.find(sid).orElseThrow(),
                        message -> message.status() != InboundMessage.Status.RECEIVED);
    }
}
