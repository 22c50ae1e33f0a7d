package dev.mockapis.sample.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Replay marks as Redis keys that expire; without Redis the database's unique keys still decide. */
class RedisReplayMarks implements ReplayMarks {

    private static final Logger log = LoggerFactory.getLogger(RedisReplayMarks.class);

    private final StringRedisTemplate redis;
    private final Duration memory;

    RedisReplayMarks(StringRedisTemplate redis, Duration memory) {
        this.redis = redis;
        this.memory = memory;
    }

    @Override
    public boolean seen(String messageSid, String idempotencyToken) {
        try {
            Long found = redis.countExistingKeys(keys(messageSid, idempotencyToken));
            return found != null && found > 0;
        } catch (DataAccessException e) {
            log.warn("Replay marks not read, the database decides: {}", e.toString());
            return false;
        }
    }

    @Override
    public void remember(String messageSid, String idempotencyToken) {
        try {
            keys(messageSid, idempotencyToken)
                    .forEach(key -> redis.opsForValue().set(key, "1", memory));
        } catch (DataAccessException e) {
            log.warn("Replay mark of {} not kept: {}", messageSid, e.toString());
        }
    }

    private static List<String> keys(String messageSid, String idempotencyToken) {
        List<String> keys = new ArrayList<>(2);
        keys.add("assistant:webhook:sid:" + messageSid);
        if (idempotencyToken != null) {
            keys.add("assistant:webhook:token:" + idempotencyToken);
        }
        return keys;
    }
}
