package dev.mockapis.sample.cluster;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The customers' OpenAI conversation ids in Redis for a short while; the database stays the record. */
class RedisSessionCache implements SessionCache {

    private static final Logger log = LoggerFactory.getLogger(RedisSessionCache.class);

    private final StringRedisTemplate redis;
    private final Duration ttl;

    RedisSessionCache(StringRedisTemplate redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public Optional<String> get(String customer, String runtime, Supplier<Optional<String>> loader) {
        String key = key(customer, runtime);
        try {
            String cached = redis.opsForValue().get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
        } catch (DataAccessException e) {
            log.warn("Session cache not read: {}", e.toString());
            return loader.get();
        }
        Optional<String> loaded = loader.get();
        loaded.ifPresent(id -> {
            try {
                redis.opsForValue().set(key, id, ttl);
            } catch (DataAccessException e) {
                log.warn("Session cache not written: {}", e.toString());
            }
        });
        return loaded;
    }

    @Override
    public void evict(String customer, String runtime) {
        // a failure here must not leave a stale id behind: the caller's write fails with it
        redis.delete(key(customer, runtime));
    }

    private static String key(String customer, String runtime) {
        return "assistant:session:" + runtime + ":" + customer;
    }
}
