package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.TwilioWebhook;
import dev.mockapis.TwilioWebhookSimulator;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The connection pool under pressure: with every connection taken, or the table locked so that the
 * insert is slow, a webhook is refused with 503 well within Twilio's 15 seconds, nothing of it is
 * stored, and Twilio's retry, once the database is free again, is answered exactly once.
 */
@AssistantTest
class ConnectionPoolTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";
    private static final Duration TWILIO_TIMEOUT = Duration.ofSeconds(15);

    @Autowired
    MockMvc mockMvc;

    @Autowired
    TwilioWebhookSimulator twilio;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    InboundMessages messages;

    @Autowired
    HikariDataSource pool;

    WhatsApp whatsApp;

    @BeforeEach
    void customer() {
        whatsApp = new WhatsApp(mockMvc, twilio, messages, verifier);
    }

    @Test
    void withEveryConnectionTakenAWebhookIsRefusedInTimeAndItsRetryAnsweredOnce() throws Exception {
        TwilioWebhook webhook =
                twilio.whatsApp(CUSTOMER, "Is the shop open tomorrow?").postedTo(WhatsApp.WEBHOOK);
        List<Connection> taken = new ArrayList<>();
        MockHttpServletResponse refused;
        long took;
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                taken.add(pool.getConnection());
            }
            assertThat(pool.getHikariPoolMXBean().getIdleConnections()).isZero();

            long start = System.nanoTime();
            refused = mockMvc.perform(webhook.request()).andReturn().getResponse();
            took = System.nanoTime() - start;
        } finally {
            for (Connection connection : taken) {
                connection.close();
            }
        }

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(Duration.ofNanos(took)).isLessThan(TWILIO_TIMEOUT);
        assertThat(messages.find(webhook.messageSid())).isEmpty();

        // Twilio retries the same webhook, with the same idempotency token
        whatsApp.post(webhook);
        assertThat(whatsApp.awaitProcessed(webhook.messageSid()).status()).isEqualTo(InboundMessage.Status.ANSWERED);
        mockMvc.perform(webhook.replayed()).andReturn();
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("Body", "You said: \"Is the shop open tomorrow?\"");
    }

    @Test
    void whileTheInsertWaitsOnALockedTableTheWebhookGivesUpInTimeAndItsRetryIsAnsweredOnce() throws Exception {
        assumeThat(pool.getJdbcUrl()).as("a PostgreSQL table lock").startsWith("jdbc:postgresql:");
        TwilioWebhook webhook =
                twilio.whatsApp(CUSTOMER, "Do you deliver on Sundays?").postedTo(WhatsApp.WEBHOOK);
        MockHttpServletResponse refused;
        long took;
        try (Connection locker = pool.getConnection();
                Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            // a long report, a migration, a vacuum: something holds the table
            statement.execute("lock table inbound_message in exclusive mode");
            long start = System.nanoTime();
            refused = mockMvc.perform(webhook.request()).andReturn().getResponse();
            took = System.nanoTime() - start;
            locker.rollback();
        }

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(Duration.ofNanos(took)).isLessThan(TWILIO_TIMEOUT);
        assertThat(messages.find(webhook.messageSid())).isEmpty();

        whatsApp.post(webhook);
        assertThat(whatsApp.awaitProcessed(webhook.messageSid()).status()).isEqualTo(InboundMessage.Status.ANSWERED);
        verifier.assertThat("twilio").called("messages.create").once();
    }
}
