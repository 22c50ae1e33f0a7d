package dev.mockapis.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mockapis.MockApiServers;
import dev.mockapis.core.RateLimit;
import dev.mockapis.greeter.GreeterClient;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ConfiguredRateLimitTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withInitializer(new MockApisContextInitializer())
            .withConfiguration(AutoConfigurations.of(MockApisAutoConfiguration.class))
            .withPropertyValues("mockapis.enabled=true");

    @Test
    void aRateLimitPropertyLimitsTheFakeFromItsStart() {
        runner.withPropertyValues("mockapis.greeter.rate-limit.requests-per-minute=2")
                .run(context -> {
                    GreeterClient greeter = new GreeterClient(
                            context.getBean(MockApiServers.class).baseUrl("greeter"));

                    assertThat(statuses(greeter, 3)).containsExactly(201, 201, 429);
                });
    }

    @Test
    void aResetBringsBackTheConfiguredLimitWithAFreshWindow() {
        runner.withPropertyValues("mockapis.greeter.rate-limit.requests-per-minute=2")
                .run(context -> {
                    MockApiServers servers = context.getBean(MockApiServers.class);
                    GreeterClient greeter = new GreeterClient(servers.baseUrl("greeter"));
                    servers.server("greeter").limitRate(RateLimit.requestsPerMinute(1));
                    assertThat(statuses(greeter, 2)).containsExactly(201, 429);

                    servers.reset();

                    assertThat(statuses(greeter, 3)).containsExactly(201, 201, 429);
                });
    }

    @Test
    void aResetRemovesALimitATestSetWhereNoneIsConfigured() {
        runner.run(context -> {
            MockApiServers servers = context.getBean(MockApiServers.class);
            GreeterClient greeter = new GreeterClient(servers.baseUrl("greeter"));
            servers.server("greeter").limitRate(RateLimit.requestsPerMinute(1));

            servers.reset();

            assertThat(statuses(greeter, 3)).containsExactly(201, 201, 201);
        });
    }

    @Test
    void anImpossibleLimitFailsNamingTheProperties() {
        runner.withPropertyValues("mockapis.greeter.rate-limit.requests-per-minute=0")
                .run(context -> assertThatThrownBy(
                                () -> context.getBean(MockApiServers.class).server("greeter"))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessage("mockapis.greeter.rate-limit: A rate limit allows at least 1 request, was 0"));
    }

    private static List<Integer> statuses(GreeterClient greeter, int calls) {
        return IntStream.range(0, calls)
                .mapToObj(i -> greeter.greet("Ana").statusCode())
                .toList();
    }
}
