package dev.mockapis.sample.infra;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the test application at the JVM's embedded Redis ({@link TestRedis}) and switches on what
 * instances share there ({@code assistant.cluster.redis}).
 */
public class RedisInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.data.redis.host=127.0.0.1",
                        "spring.data.redis.port=" + TestRedis.port(),
                        "assistant.cluster.redis=true")
                .applyTo(context);
    }
}
