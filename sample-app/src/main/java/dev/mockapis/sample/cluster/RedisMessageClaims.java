package dev.mockapis.sample.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Claims as Redis keys set only if absent, each with a token of its own and a time to live: a claim
 * is renewed while its worker runs, released (only by its holder) when it finishes, and lapses when its
 * instance dies.
 */
class RedisMessageClaims implements MessageClaims, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RedisMessageClaims.class);

    private static final RedisScript<Long> RELEASE = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end",
            Long.class);
    private static final RedisScript<Long> RENEW = RedisScript.of(
            "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end",
            Long.class);

    private final StringRedisTemplate redis;
    private final Duration ttl;
    private final Map<String, String> held = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService renewals;

    RedisMessageClaims(StringRedisTemplate redis, Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    @Override
    public Optional<Claim> claim(String messageSid) {
        String key = key(messageSid);
        String token = UUID.randomUUID().toString();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, token, ttl))) {
            return Optional.empty();
        }
        held.put(key, token);
        return Optional.of(() -> release(key, token));
    }

    private void release(String key, String token) {
        held.remove(key, token);
        redis.execute(RELEASE, List.of(key), token);
    }

    private void renewAll() {
        held.forEach((key, token) -> {
            try {
                Long renewed = redis.execute(RENEW, List.of(key), token, Long.toString(ttl.toMillis()));
                if (renewed == null || renewed == 0) {
                    log.warn("The claim {} lapsed before it could be renewed; another instance may take it", key);
                }
            } catch (DataAccessException e) {
                log.warn("Could not renew the claim {}: {}", key, e.toString());
            }
        });
    }

    private static String key(String messageSid) {
        return "assistant:claim:" + messageSid;
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "claim-renewal");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(ttl.toMillis() / 3, 1);
        executor.scheduleWithFixedDelay(this::renewAll, period, period, TimeUnit.MILLISECONDS);
        renewals = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = renewals;
        renewals = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return renewals != null;
    }
}
