package dev.mockapis.test;

import dev.mockapis.MockApiServers;
import dev.mockapis.MockInteractionVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestContext;

/**
 * What strict mode checks after each test, before the fakes are reset: requests that matched no route
 * fail the test; responses it scripted and left unused (over-mocking) are logged, or fail it too when
 * {@code mockapis.strict-unused-responses} is true.
 */
final class StrictMode {

    static final String STRICT = "mockapis.strict";
    static final String STRICT_UNUSED_RESPONSES = "mockapis.strict-unused-responses";

    private static final Log logger = LogFactory.getLog(StrictMode.class);

    private StrictMode() {}

    /**
     * Checks what the test sent the fakes.
     *
     * @throws AssertionError naming the unmatched requests and the unused responses the test is failed for
     */
    static void check(TestContext testContext, MockApiServers servers) {
        Environment environment = testContext.getApplicationContext().getEnvironment();
        if (!environment.getProperty(STRICT, Boolean.class, true)
                || !ScenarioSelection.strict(testContext.getTestClass(), testContext.getTestMethod())) {
            return;
        }
        MockInteractionVerifier verifier = new MockInteractionVerifier(servers);
        List<String> failures = new ArrayList<>();
        failureOf(verifier::assertNoUnmatchedRequests)
                .ifPresent(message -> failures.add(message
                        + "\n(strict mode: a request no route matches fails the test; allow it with @MockApis(strict = false) or "
                        + STRICT
                        + "=false)"));
        // a test that failed on its own never got to use what it scripted
        if (testContext.getTestException() == null) {
            failureOf(verifier::assertNoOverMocking).ifPresent(message -> {
                if (environment.getProperty(STRICT_UNUSED_RESPONSES, Boolean.class, false)) {
                    failures.add(message + "\n(" + STRICT_UNUSED_RESPONSES + "=true: over-mocking fails the test)");
                } else {
                    logger.warn(testContext.getTestClass().getSimpleName() + "."
                            + testContext.getTestMethod().getName() + ": " + message + "\n(" + STRICT_UNUSED_RESPONSES
                            + "=true makes this fail the test)");
                }
            });
        }
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }

    private static Optional<String> failureOf(Runnable assertion) {
        try {
            assertion.run();
            return Optional.empty();
        } catch (AssertionError e) {
            return Optional.of(e.getMessage());
        }
    }
}
