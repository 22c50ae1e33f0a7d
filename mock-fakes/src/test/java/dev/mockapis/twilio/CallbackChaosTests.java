package dev.mockapis.twilio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import dev.mockapis.core.Scenario;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Status callbacks duplicated, out of order, delayed and retried, as Twilio's at-least-once delivery makes them. */
class CallbackChaosTests {

    private static final String CUSTOMER = "whatsapp:+14155550100";
    private static final String BUSINESS = "whatsapp:+14155238886";
    private static final String CALLBACK = "https://shop.example.com/twilio/status";

    @RegisterExtension
    static final TwilioTestFixture twilio = new TwilioTestFixture().openingWindow(CUSTOMER, BUSINESS);

    @Test
    void byDefaultEachStatusArrivesOnceInOrderWithItsOwnToken() {
        String sid = send(CALLBACK);

        List<StatusCallback> callbacks = settleAndTake();

        assertThat(callbacks).extracting(StatusCallback::messageStatus).containsExactly("sent", "delivered");
        assertThat(callbacks).extracting(StatusCallback::messageSid).containsOnly(sid);
        assertThat(callbacks.get(0).idempotencyToken())
                .isNotEqualTo(callbacks.get(1).idempotencyToken());
    }

    @Test
    void duplicatedCallbacksArriveTwiceWithTheSameTokenAfterTheRestOfTheirBatch() {
        twilio.server.useScenario(TwilioScenarios.CALLBACKS_DUPLICATED);
        send(CALLBACK);

        List<StatusCallback> callbacks = settleAndTake();

        assertThat(callbacks)
                .extracting(StatusCallback::messageStatus)
                .containsExactly("sent", "delivered", "sent", "delivered");
        assertThat(callbacks.get(2)).isEqualTo(callbacks.get(0));
        assertThat(callbacks.get(3).idempotencyToken())
                .isEqualTo(callbacks.get(1).idempotencyToken());
    }

    @Test
    void outOfOrderCallbacksArriveNewestFirstPerMessage() {
        twilio.server.useScenario(TwilioScenarios.CALLBACKS_OUT_OF_ORDER);
        String first = send(CALLBACK);
        String second = send(CALLBACK);

        List<StatusCallback> callbacks = settleAndTake();

        assertThat(callbacks)
                .extracting(callback -> callback.messageSid() + " " + callback.messageStatus())
                .containsExactly(first + " delivered", first + " sent", second + " delivered", second + " sent");
    }

    @Test
    void lateCallbacksComeWithTheNextTaking() {
        twilio.server.useScenario(TwilioScenarios.CALLBACKS_LATE);
        send(CALLBACK);

        assertThat(settleAndTake()).isEmpty();
        assertThat(twilio.fake.pendingStatusCallbacks()).hasSize(2);
        assertThat(twilio.fake.takeStatusCallbacks())
                .extracting(StatusCallback::messageStatus)
                .containsExactly("sent", "delivered");
    }

    @Test
    void callbackChaosDuplicatesReversesAndDelays() {
        twilio.server.useScenario(TwilioScenarios.CALLBACK_CHAOS);
        send(CALLBACK);

        assertThat(settleAndTake()).isEmpty();
        assertThat(twilio.fake.takeStatusCallbacks())
                .extracting(StatusCallback::messageStatus)
                .containsExactly("delivered", "sent", "delivered", "sent");
    }

    @Test
    void delayedCallbacksWaitForTheFakesClock() {
        twilio.server.useScenario(Scenario.builder("slow_callbacks")
                .on(
                        "messages.create",
                        rule -> rule.proceedWith(new CallbackChaos(
                                false, false, Duration.ofMinutes(5), 0, DeliveryOutcome.undelivered(30006))))
                .build());
        send(CALLBACK);

        assertThat(settleAndTake()).isEmpty();
        twilio.fake.advanceClock(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(twilio.fake.takeStatusCallbacks()).isEmpty();
        twilio.fake.advanceClock(Duration.ofSeconds(1));
        List<StatusCallback> due = twilio.fake.takeStatusCallbacks();

        assertThat(due).extracting(StatusCallback::messageStatus).containsExactly("sent", "undelivered");
        assertThat(due.get(1).param("ErrorCode")).hasValue("30006");
    }

    @Test
    void scenarioFilesWriteChaosBesideADeliveryOutcome() {
        assertThat(twilio.fake.directive(Map.of(
                        "callbacks",
                        Map.of("duplicated", true, "outOfOrder", true, "delay", "5m", "lateByDeliveries", 2),
                        "deliver",
                        "failed",
                        "errorCode",
                        30008)))
                .isEqualTo(new CallbackChaos(true, true, Duration.ofMinutes(5), 2, DeliveryOutcome.failed(30008)));
        assertThat(twilio.fake.directive(Map.of("callbacks", Map.of("delay", "PT30S"))))
                .isEqualTo(new CallbackChaos(false, false, Duration.ofSeconds(30), 0, null));
        assertThatThrownBy(() -> twilio.fake.directive(Map.of("callbacks", Map.of("shuffled", true))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no 'shuffled'")
                .hasMessageContaining("[duplicated, outOfOrder, delay, lateByDeliveries]");
    }

    @Test
    void connectionOverridesDecideRetriesAndStayOutOfTheDeliveredUrl() {
        send(CALLBACK + "?shop=1#rc=3&rp=5xx&ct=1000");
        send(CALLBACK + "#rp=all");
        send(CALLBACK);

        List<StatusCallback> callbacks = settleAndTake();
        StatusCallback fiveXx = callbacks.get(0);
        StatusCallback all = callbacks.get(2);
        StatusCallback plain = callbacks.get(4);

        assertThat(fiveXx.deliveryUrl()).isEqualTo(CALLBACK + "?shop=1");
        assertThat(fiveXx.attempts(503)).isEqualTo(4);
        assertThat(fiveXx.attempts(404)).isEqualTo(1);
        assertThat(all.attempts(404)).isEqualTo(2);
        assertThat(plain.attempts(500)).isEqualTo(1);
        assertThat(plain.deliveryUrl()).isEqualTo(CALLBACK);
    }

    @Test
    void anUnknownRetryPolicyIsTwiliosError11243() {
        send(CALLBACK + "#rp=sometimes");
        StatusCallback callback = settleAndTake().get(0);

        assertThatThrownBy(() -> callback.attempts(500))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11243")
                .hasMessageContaining("[4xx, 5xx, ct, rt, all]");
    }

    private static String send(String callback) {
        return Message.creator(new PhoneNumber(CUSTOMER), new PhoneNumber(BUSINESS), "Your table is ready")
                .setStatusCallback(URI.create(callback))
                .create(twilio.client)
                .getSid();
    }

    private static List<StatusCallback> settleAndTake() {
        twilio.fake.deliverAll();
        return twilio.fake.takeStatusCallbacks();
    }
}
