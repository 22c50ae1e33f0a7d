package dev.mockapis.sample.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.sample.AssistantTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The per-customer rate limit, counted in the real Redis that every instance would share. */
@AssistantTest
class RedisCustomerRateLimitTests {

    @Autowired
    StringRedisTemplate redis;

    @Test
    void eachCustomerGetsTheLimitAMinuteCountedAcrossInstances() {
        Instant minute = Instant.parse("2026-12-03T10:15:00Z");
        CustomerRateLimit oneInstance = new RedisCustomerRateLimit(redis, 3, Clock.fixed(minute, ZoneOffset.UTC));
        CustomerRateLimit another =
                new RedisCustomerRateLimit(redis, 3, Clock.fixed(minute.plusSeconds(30), ZoneOffset.UTC));

        assertThat(oneInstance.tryAcquire("whatsapp:+15550000001")).isTrue();
        assertThat(another.tryAcquire("whatsapp:+15550000001")).isTrue();
        assertThat(oneInstance.tryAcquire("whatsapp:+15550000001")).isTrue();
        assertThat(another.tryAcquire("whatsapp:+15550000001"))
                .as("the fourth in the minute")
                .isFalse();
        assertThat(oneInstance.tryAcquire("whatsapp:+15550000002"))
                .as("another customer")
                .isTrue();

        CustomerRateLimit nextMinute =
                new RedisCustomerRateLimit(redis, 3, Clock.fixed(minute.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
        assertThat(nextMinute.tryAcquire("whatsapp:+15550000001")).isTrue();
        assertThat(redis.getExpire("assistant:rate:whatsapp:+15550000001:" + minute.toEpochMilli() / 60_000))
                .as("the window's counter expires by itself")
                .isPositive();
    }

    @Test
    void aLimitOfZeroLimitsNothing() {
        CustomerRateLimit unlimited = new RedisCustomerRateLimit(redis, 0, Clock.systemUTC());

        for (int i = 0; i < 50; i++) {
            assertThat(unlimited.tryAcquire("whatsapp:+15550000003")).isTrue();
        }
    }
}
