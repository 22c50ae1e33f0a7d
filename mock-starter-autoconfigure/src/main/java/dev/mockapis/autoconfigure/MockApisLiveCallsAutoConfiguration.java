package dev.mockapis.autoconfigure;

import dev.mockapis.LiveCallLimiters;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The {@link LiveCallLimiters} bean, for suites that also call real services: present when any
 * {@code mockapis.live-calls.<name>.*} property is set, whether or not the fakes are enabled.
 */
@AutoConfiguration
@ConditionalOnClass(RateLimiter.class)
@Conditional(OnLiveCallsCondition.class)
@EnableConfigurationProperties(MockApisProperties.class)
public final class MockApisLiveCallsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    LiveCallLimiters liveCallLimiters(MockApisProperties properties) {
        Map<String, RateLimiter> limiters = new LinkedHashMap<>();
        properties.getLiveCalls().forEach((name, calls) -> limiters.put(name, limiter(name, calls)));
        return new LiveCallLimiters(limiters);
    }

    private static RateLimiter limiter(String name, MockApisProperties.LiveCalls calls) {
        double perSecond = calls.getCallsPerSecond();
        if (!(perSecond > 0)) {
            throw new IllegalStateException(
                    "mockapis.live-calls." + name + ".calls-per-second must be positive, was " + perSecond);
        }
        // one permit per period spaces the calls evenly: live services count bursts too
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(Math.round(1_000_000_000 / perSecond)))
                .timeoutDuration(calls.getTimeout())
                .build();
        return RateLimiter.of(name, config);
    }
}
