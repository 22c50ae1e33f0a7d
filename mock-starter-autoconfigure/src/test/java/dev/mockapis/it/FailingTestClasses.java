package dev.mockapis.it;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;

/**
 * Runs a test class that fails on purpose through the JUnit test kit, where its failures are asserted.
 * Spring's TestContextManager would also log each failing listener callback with its stack trace, which in
 * a passing build reads as a failure: the class's context switches that logger off (see
 * {@link OnlyWhenLaunchedByATest}), and it is put back as it was once the class has run.
 */
final class FailingTestClasses {

    private static final String TEST_CONTEXT_MANAGER = "org.springframework.test.context.TestContextManager";

    private FailingTestClasses() {}

    static EngineExecutionResults launch(Class<?> testClass) {
        LoggingSystem logging = LoggingSystem.get(FailingTestClasses.class.getClassLoader());
        LoggerConfiguration before = logging.getLoggerConfiguration(TEST_CONTEXT_MANAGER);
        logging.setLogLevel(TEST_CONTEXT_MANAGER, LogLevel.OFF);
        try {
            return EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(testClass))
                    .configurationParameter(OnlyWhenLaunchedByATest.PARAMETER, "true")
                    .execute();
        } finally {
            logging.setLogLevel(TEST_CONTEXT_MANAGER, before == null ? null : before.getConfiguredLevel());
        }
    }
}
