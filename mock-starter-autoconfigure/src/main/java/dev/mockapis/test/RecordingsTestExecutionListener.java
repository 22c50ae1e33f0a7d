package dev.mockapis.test;

import dev.mockapis.MockApiServers;
import dev.mockapis.Recordings;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Record and replay ({@link Recordings}) around each test method, configured by the context's
 * {@code mockapis.*} properties, with one recording per test class, method and api. Runs after the
 * scenarios are applied and, after the test, before the strict checks and the reset, so a replay miss
 * or a recording that would leak a secret fails the test that caused it.
 */
class RecordingsTestExecutionListener extends AbstractTestExecutionListener {

    private static final String SESSION = RecordingsTestExecutionListener.class.getName() + ".session";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 90;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        MockApiServers servers = testContext
                .getApplicationContext()
                .getBeanProvider(MockApiServers.class)
                .getIfAvailable();
        if (servers == null || servers.apis().isEmpty()) {
            return;
        }
        Environment environment = testContext.getApplicationContext().getEnvironment();
        Recordings.Session session = Recordings.configuredBy(environment::getProperty)
                .start(
                        servers,
                        testContext.getTestClass(),
                        testContext.getTestMethod().getName());
        testContext.setAttribute(SESSION, session);
    }

    @Override
    public void afterTestMethod(TestContext testContext) {
        Object session = testContext.removeAttribute(SESSION);
        if (session instanceof Recordings.Session recordings) {
            recordings.finish(testContext.getTestException() != null);
        }
    }
}
