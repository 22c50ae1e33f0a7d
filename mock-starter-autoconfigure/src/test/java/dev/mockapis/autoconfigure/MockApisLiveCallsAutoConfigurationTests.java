package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.LiveCallLimiters;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MockApisLiveCallsAutoConfigurationTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MockApisLiveCallsAutoConfiguration.class));

    @Test
    void withoutLiveCallPropertiesThereAreNoLimiters() {
        runner.run(context -> assertThat(context).doesNotHaveBean(LiveCallLimiters.class));
    }

    @Test
    void eachNameIsALimiterSpacingCallsAsConfiguredEvenWithTheFakesOff() {
        runner.withPropertyValues(
                        "mockapis.live-calls.openai.calls-per-second=0.5",
                        "mockapis.live-calls.twilio.calls-per-second=4",
                        "mockapis.live-calls.twilio.timeout=2s")
                .run(context -> {
                    LiveCallLimiters limiters = context.getBean(LiveCallLimiters.class);

                    assertThat(limiters.names()).containsExactly("openai", "twilio");
                    assertThat(limiters.limiter("openai").getRateLimiterConfig().getLimitRefreshPeriod())
                            .isEqualTo(Duration.ofSeconds(2));
                    assertThat(limiters.limiter("openai").getRateLimiterConfig().getLimitForPeriod())
                            .isEqualTo(1);
                    assertThat(limiters.limiter("twilio").getRateLimiterConfig().getLimitRefreshPeriod())
                            .isEqualTo(Duration.ofMillis(250));
                    assertThat(limiters.limiter("twilio").getRateLimiterConfig().getTimeoutDuration())
                            .isEqualTo(Duration.ofSeconds(2));
                });
    }

    @Test
    void aCallPastTheRateWaitsForItsTurn() {
        runner.withPropertyValues("mockapis.live-calls.openai.calls-per-second=20")
                .run(context -> {
                    RateLimiter limiter =
                            context.getBean(LiveCallLimiters.class).limiter("openai");
                    long start = System.nanoTime();

                    IntStream.range(0, 3).forEach(i -> limiter.executeRunnable(() -> {}));

                    // three calls take three 50 ms periods; the first may come at the very end of its period
                    assertThat(Duration.ofNanos(System.nanoTime() - start))
                            .isGreaterThanOrEqualTo(Duration.ofMillis(50));
                });
    }

    @Test
    void aCallThatCannotGetItsTurnInTimeIsNotPermitted() {
        runner.withPropertyValues(
                        "mockapis.live-calls.openai.calls-per-second=0.01", "mockapis.live-calls.openai.timeout=0s")
                .run(context -> {
                    RateLimiter limiter =
                            context.getBean(LiveCallLimiters.class).limiter("openai");

                    assertThat(limiter.executeSupplier(() -> "first")).isEqualTo("first");
                    assertThatThrownBy(() -> limiter.executeSupplier(() -> "second"))
                            .isInstanceOf(RequestNotPermitted.class);
                });
    }

    @Test
    void anUnknownNameIsAnErrorNamingTheConfiguredOnes() {
        runner.withPropertyValues("mockapis.live-calls.openai.calls-per-second=1")
                .run(
                        context -> assertThatThrownBy(() ->
                                        context.getBean(LiveCallLimiters.class).limiter("twilio"))
                                .isInstanceOf(IllegalArgumentException.class)
                                .hasMessage(
                                        "No live-call limiter 'twilio'; configured: openai (set mockapis.live-calls.twilio.calls-per-second to add it)"));
    }

    @Test
    void aRateThatIsNotPositiveFailsTheContext() {
        runner.withPropertyValues("mockapis.live-calls.openai.calls-per-second=0")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessage("mockapis.live-calls.openai.calls-per-second must be positive, was 0.0"));
    }
}
