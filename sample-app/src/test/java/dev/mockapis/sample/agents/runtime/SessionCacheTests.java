package dev.mockapis.sample.agents.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.sample.AssistantTest;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Customers' OpenAI conversation ids read through the short-lived Redis cache, which a new id evicts. */
@AssistantTest
class SessionCacheTests {

    private static final String CUSTOMER = "whatsapp:+15551234567";

    @Autowired
    AgentSessions sessions;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anIdReadOnceIsServedFromRedisUntilANewOneIsSaved() {
        jdbc.sql("insert into agent_session (customer, runtime, external_id, created_at) values (?, ?, ?, ?)")
                .params(CUSTOMER, "RESPONSES", "conv_first", Timestamp.from(Instant.now()))
                .update();

        assertThat(sessions.find(CUSTOMER, RuntimeKind.RESPONSES)).contains("conv_first");
        assertThat(redis.opsForValue().get("assistant:session:RESPONSES:" + CUSTOMER))
                .isEqualTo("conv_first");
        assertThat(redis.getExpire("assistant:session:RESPONSES:" + CUSTOMER)).isPositive();

        // changed behind the cache's back: the cached id is still served
        jdbc.sql("update agent_session set external_id = 'conv_elsewhere' where customer = ?")
                .param(CUSTOMER)
                .update();
        assertThat(sessions.find(CUSTOMER, RuntimeKind.RESPONSES)).contains("conv_first");

        sessions.save(CUSTOMER, RuntimeKind.RESPONSES, "conv_second");
        assertThat(sessions.find(CUSTOMER, RuntimeKind.RESPONSES)).contains("conv_second");
        assertThat(sessions.find(CUSTOMER, RuntimeKind.ASSISTANTS)).isEmpty();
    }
}
