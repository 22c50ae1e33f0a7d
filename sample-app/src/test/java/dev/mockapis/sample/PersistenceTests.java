package dev.mockapis.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.sample.deadletter.DeadLetter;
import dev.mockapis.sample.deadletter.DeadLetters;
import dev.mockapis.sample.persistence.ConversationHistory;
import dev.mockapis.sample.webhook.InboundMessage;
import dev.mockapis.sample.webhook.InboundMessages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Persistence: Flyway builds the schema on the test PostgreSQL (the same migrations build it on the
 * H2 the application uses without the {@code postgres} profile), connections are pooled, conversations
 * and dead letters survive a restart on the H2 file of a default installation, and messages left
 * unanswered by a stop are answered after the next start.
 */
@AssistantTest
class PersistenceTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    ConfigurableApplicationContext application;

    @Autowired
    InboundMessages messages;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void flywayMigratedTheSchema() {
        assertThat(jdbc.sql(
                                "select \"version\", \"success\" from \"flyway_schema_history\" where \"version\" is not null")
                        .query((row, n) -> row.getString(1) + " " + row.getBoolean(2))
                        .list())
                .containsExactly("1 true", "2 true", "3 true");
        // widened for WhatsApp's 4,096 characters, and still required
        assertThat(jdbc.sql("select is_nullable, character_maximum_length from information_schema.columns"
                                + " where upper(table_name) = 'INBOUND_MESSAGE' and upper(column_name) = 'BODY'")
                        .query((row, n) -> row.getString(1) + " " + row.getLong(2))
                        .single())
                .isEqualTo("NO 16384");
    }

    @Test
    void connectionsComeFromAPoolThatServesConcurrentQueries() {
        assertThat(dataSource)
                .isInstanceOfSatisfying(
                        HikariDataSource.class,
                        pool -> assertThat(pool.getMaximumPoolSize()).isEqualTo(10));

        List<Integer> results = IntStream.range(0, 20)
                .mapToObj(i -> CompletableFuture.supplyAsync(() ->
                        jdbc.sql("select ? + 1").param(i).query(Integer.class).single()))
                .map(CompletableFuture::join)
                .toList();

        assertThat(results).hasSize(20).contains(1, 20);
    }

    @Test
    void aMessageStoredButNotYetAnsweredWhenTheApplicationStoppedIsAnsweredWhenItStartsAgain() {
        // stored as the webhook stores it, but the application stopped before a worker took it
        messages.storeIfNew(
                new InboundMessage(
                        "SM" + "7".repeat(32),
                        "whatsapp:+15551234567",
                        "whatsapp:+14155238886",
                        "Ana",
                        "Is the shop open tomorrow?",
                        List.of(),
                        InboundMessage.Status.RECEIVED,
                        0,
                        null,
                        Instant.now()),
                null);

        application.publishEvent(new ApplicationReadyEvent(
                new SpringApplication(AssistantApplication.class), new String[0], application, Duration.ZERO));

        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(10))
                .until(
                        () -> messages.find("SM" + "7".repeat(32))
                                .map(InboundMessage::status)
                                .orElseThrow(),
                        InboundMessage.Status.ANSWERED::equals);
        verifier.assertThat("twilio")
                .called("messages.create")
                .once()
                .withFormParam("Body", "You said: \"Is the shop open tomorrow?\"");
    }

    @Test
    void conversationHistoryAndDeadLettersSurviveARestart(@TempDir Path directory) {
        ApplicationContextRunner application = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(
                        DataSourceAutoConfiguration.class,
                        DataSourceTransactionManagerAutoConfiguration.class,
                        JdbcTemplateAutoConfiguration.class,
                        JdbcClientAutoConfiguration.class,
                        FlywayAutoConfiguration.class))
                .withBean(Clock.class, Clock::systemUTC)
                .withUserConfiguration(ConversationHistory.class, DeadLetters.class)
                .withPropertyValues("spring.datasource.url=jdbc:h2:file:"
                        + directory.resolve("assistant").toAbsolutePath());

        application.run(context -> {
            context.getBean(ConversationHistory.class)
                    .customerWrote("whatsapp:+15551234567", "Is my order on its way?");
            context.getBean(ConversationHistory.class)
                    .assistantAnswered("whatsapp:+15551234567", "orders", "It arrives tomorrow.");
            context.getBean(DeadLetters.class).store("inbound_message", "SM0123", "Twilio was down", 4);
        });
        application.run(context -> {
            assertThat(context.getBean(ConversationHistory.class).of("whatsapp:+15551234567"))
                    .extracting(ConversationHistory.Line::role, ConversationHistory.Line::text)
                    .containsExactly(
                            tuple("customer", "Is my order on its way?"), tuple("assistant", "It arrives tomorrow."));
            assertThat(context.getBean(DeadLetters.class).list(true))
                    .extracting(DeadLetter::reference, DeadLetter::attempts)
                    .containsExactly(tuple("SM0123", 4));
        });
    }
}
