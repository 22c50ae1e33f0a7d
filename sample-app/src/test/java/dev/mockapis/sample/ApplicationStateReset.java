package dev.mockapis.sample;

import static org.awaitility.Awaitility.await;

import dev.mockapis.sample.agents.runtime.RuntimeSelector;
import dev.mockapis.sample.booking.BookingTimesTemplate;
import dev.mockapis.sample.resilience.LlmCircuitBreaker;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Leaves the shared application as the next test expects it: no message still being answered (before
 * MockApis resets the fakes, which runs after this), empty tables, closed circuit breakers, the
 * configured runtime, an empty Redis where the application uses one, no remembered Content template.
 */
public class ApplicationStateReset implements AfterEachCallback {

    private static final List<String> TABLES = List.of(
            "inbound_media",
            "inbound_message",
            "chat_turn",
            "agent_session",
            "openai_assistant",
            "customer_state",
            "agent_message",
            "appointment",
            "outbound_message",
            "reply_part",
            "dead_letter");

    @Override
    public void afterEach(ExtensionContext extension) {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        ThreadPoolTaskExecutor inbound = context.getBean("inboundExecutor", ThreadPoolTaskExecutor.class);
        await("messages still being answered")
                .atMost(Duration.ofSeconds(10))
                .until(() -> inbound.getActiveCount() == 0
                        && inbound.getThreadPoolExecutor().getQueue().isEmpty());
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
        // replay marks, claims and cached sessions of this test must not answer for the next one's
        if (context.getEnvironment().getProperty("assistant.cluster.redis", Boolean.class, false)) {
            context.getBeanProvider(StringRedisTemplate.class)
                    .ifAvailable(redis -> redis.execute((RedisCallback<Void>) connection -> {
                        connection.serverCommands().flushDb();
                        return null;
                    }));
        }
        context.getBeansOfType(LlmCircuitBreaker.class).values().forEach(LlmCircuitBreaker::reset);
        context.getBean(RuntimeSelector.class).useConfigured();
        // the Twilio fake forgets templates the application created when it is reset after this test
        context.getBean(BookingTimesTemplate.class).forget();
    }
}
