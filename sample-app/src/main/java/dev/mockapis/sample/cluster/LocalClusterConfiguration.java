package dev.mockapis.sample.cluster;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One instance on its own: claims and rate limits in this instance's memory, replays left to the
 * database's unique keys, nothing cached.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "assistant.cluster.redis", havingValue = "false", matchIfMissing = true)
class LocalClusterConfiguration {

    @Bean
    MessageClaims localMessageClaims() {
        Set<String> held = ConcurrentHashMap.newKeySet();
        return messageSid -> held.add(messageSid) ? Optional.of(() -> held.remove(messageSid)) : Optional.empty();
    }

    @Bean
    CustomerRateLimit localCustomerRateLimit(ClusterProperties properties, Clock clock) {
        int limit = properties.messagesPerMinute();
        Map<String, long[]> windows = new ConcurrentHashMap<>();
        return customer -> {
            if (limit <= 0) {
                return true;
            }
            long minute = clock.millis() / 60_000;
            long[] window = windows.compute(customer, (key, current) -> {
                if (current == null || current[0] != minute) {
                    return new long[] {minute, 1};
                }
                current[1]++;
                return current;
            });
            return window[1] <= limit;
        };
    }

    @Bean
    ReplayMarks noReplayMarks() {
        return new ReplayMarks() {
            @Override
            public boolean seen(String messageSid, String idempotencyToken) {
                return false;
            }

            @Override
            public void remember(String messageSid, String idempotencyToken) {}
        };
    }

    @Bean
    SessionCache noSessionCache() {
        return new SessionCache() {
            @Override
            public Optional<String> get(
                    String customer, String runtime, java.util.function.Supplier<Optional<String>> loader) {
                return loader.get();
            }

            @Override
            public void evict(String customer, String runtime) {}
        };
    }
}
