package dev.mockapis.test;

import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Turns {@code mockapis.enabled} on, at the lowest precedence so a test can still turn it off.
 *
 * <p>Every instance is equal to every other: the scenarios a class selects are applied per test method
 * by {@link MockApisTestExecutionListener}, so they are deliberately no part of the context cache key,
 * and test classes that differ only in scenarios share one application context.
 */
final class MockApisContextCustomizer implements ContextCustomizer {

    static final String PROPERTY_SOURCE_NAME = "mockApisTest";

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        context.getEnvironment()
                .getPropertySources()
                .addLast(new MapPropertySource(PROPERTY_SOURCE_NAME, Map.of("mockapis.enabled", "true")));
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return MockApisContextCustomizer.class.hashCode();
    }
}
