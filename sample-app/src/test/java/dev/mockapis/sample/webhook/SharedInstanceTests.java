package dev.mockapis.sample.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.sample.AssistantTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What instances share in Redis, seen from one of them: webhook replays recognised from Redis marks,
 * and claims that keep a message away from every worker but its holder until the holder dies and its
 * claim lapses, when a sweep takes the message over and answers it once.
 */
@AssistantTest
class SharedInstanceTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    InboundMessages messages;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UnansweredMessageSweeper sweeper;

    @Autowired
    @Qualifier("inboundExecutor")
    ThreadPoolTaskExecutor inbound;

    @Test
    void aReplayIsAcknowledgedFromItsRedisMarkWithoutTheDatabase() throws Exception {
        TwilioWebhook webhook = twilio.whatsApp(CUSTOMER, "Hello").postedTo("/twilio/whatsapp");
        mockMvc.perform(webhook.request()).andExpect(status().isOk());
        awaitStatus(webhook.messageSid(), InboundMessage.Status.ANSWERED);
        assertThat(redis.hasKey("assistant:webhook:sid:" + webhook.messageSid()))
                .isTrue();

        // gone from the database, the message would be taken in again if the replay reached it
        jdbc.sql("delete from inbound_message where message_sid = ?")
                .param(webhook.messageSid())
                .update();
        mockMvc.perform(webhook.replayed()).andExpect(status().isOk());

        assertThat(messages.find(webhook.messageSid())).isEmpty();
        verifier.assertThat("twilio").called("messages.create").once();
    }

    @Test
    void aMessageClaimedByAnotherInstanceIsLeftToItUntilItsClaimLapsesThenAnsweredOnce() {
        String sid = "SM" + "5".repeat(32);
        messages.storeIfNew(
                new InboundMessage(
                        sid,
                        CUSTOMER,
                        "whatsapp:+14155238886",
                        "Ana",
                        "Is the shop open tomorrow?",
                        List.of(),
                        InboundMessage.Status.RECEIVED,
                        0,
                        null,
                        Instant.now().minus(Duration.ofMinutes(5))),
                null);
        // another instance holds the message, and dies: its claim is not renewed and lapses
        redis.opsForValue().set("assistant:claim:" + sid, "another-instance", Duration.ofSeconds(4));

        sweepAndAwaitWorkers();
        assertThat(messages.find(sid).orElseThrow().status()).isEqualTo(InboundMessage.Status.RECEIVED);
        assertThat(verifier.operations("twilio")).isEmpty();

        await("the dead instance's claim lapses")
                .atMost(Duration.ofSeconds(15))
                .until(() -> !redis.hasKey("assistant:claim:" + sid));
        sweepAndAwaitWorkers();
        sweepAndAwaitWorkers();

        assertThat(messages.find(sid).orElseThrow().status()).isEqualTo(InboundMessage.Status.ANSWERED);
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("Body", "You said: \"Is the shop open tomorrow?\"");
        assertThat(redis.hasKey("assistant:claim:" + sid))
                .as("released once answered")
                .isFalse();
    }

    private void sweepAndAwaitWorkers() {
        long submitted = inbound.getThreadPoolExecutor().getTaskCount();
        sweeper.sweep();
        await("the sweep's messages handled")
                .atMost(Duration.ofSeconds(10))
                .until(() -> inbound.getThreadPoolExecutor().getCompletedTaskCount()
                        >= Math.max(submitted, inbound.getThreadPoolExecutor().getTaskCount()));
    }

    private void awaitStatus(String sid, InboundMessage.Status expected) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> messages.find(sid).map(InboundMessage::status).orElse(null), expected::equals);
    }
}
