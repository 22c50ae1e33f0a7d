package dev.mockapis.sample.cluster;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Several instances sharing one Redis ({@code spring.data.redis.*}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "assistant.cluster.redis", havingValue = "true")
class RedisClusterConfiguration {

    @Bean
    RedisMessageClaims redisMessageClaims(StringRedisTemplate redis, ClusterProperties properties) {
        return new RedisMessageClaims(redis, properties.claimTtl());
    }

    @Bean
    CustomerRateLimit redisCustomerRateLimit(StringRedisTemplate redis, ClusterProperties properties, Clock clock) {
        return new RedisCustomerRateLimit(redis, properties.messagesPerMinute(), clock);
    }

    @Bean
    ReplayMarks redisReplayMarks(StringRedisTemplate redis, ClusterProperties properties) {
        return new RedisReplayMarks(redis, properties.replayMemory());
    }

    @Bean
    SessionCache redisSessionCache(StringRedisTemplate redis, ClusterProperties properties) {
        return new RedisSessionCache(redis, properties.sessionCacheTtl());
    }
}
