package dev.mockapis.sample.cluster;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * A fixed one-minute window per customer, counted in Redis by every instance. Without Redis the limit
 * is not enforced rather than nobody being answered.
 */
class RedisCustomerRateLimit implements CustomerRateLimit {

    private static final Logger log = LoggerFactory.getLogger(RedisCustomerRateLimit.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final StringRedisTemplate redis;
    private final int limit;
    private final Clock clock;

    RedisCustomerRateLimit(StringRedisTemplate redis, int limit, Clock clock) {
        this.redis = redis;
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String customer) {
        if (limit <= 0) {
            return true;
        }
        String key = "assistant:rate:" + customer + ":" + clock.millis() / WINDOW.toMillis();
        try {
            Long count = redis.opsForValue().increment(key);
            if (count != null && count == 1) {
                redis.expire(key, WINDOW.multipliedBy(2));
            }
            return count == null || count <= limit;
        } catch (DataAccessException e) {
            log.warn("Rate limit not checked for {}: {}", customer, e.toString());
            return true;
        }
    }
}
