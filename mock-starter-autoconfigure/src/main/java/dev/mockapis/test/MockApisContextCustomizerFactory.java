package dev.mockapis.test;

import dev.mockapis.MockApis;
import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Switches the fakes on for test classes annotated with {@link MockApis} (directly, on a superclass or
 * enclosing class, or through a meta-annotation); returns {@code null} for every other class.
 */
class MockApisContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(
            Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, MockApis.class)
                ? new MockApisContextCustomizer()
                : null;
    }
}
