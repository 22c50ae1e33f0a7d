package dev.mockapis.autoconfigure;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;
import org.springframework.util.ClassUtils;

/** Points twilio-java's static rest client at the current context's Twilio fake before each test. */
class StaticTwilioRestClientTestExecutionListener extends AbstractTestExecutionListener {

    private static final boolean TWILIO_PRESENT = ClassUtils.isPresent(
            "com.twilio.Twilio", StaticTwilioRestClientTestExecutionListener.class.getClassLoader());

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (TWILIO_PRESENT) {
            testContext
                    .getApplicationContext()
                    .getBeanProvider(StaticTwilioRestClient.class)
                    .ifAvailable(StaticTwilioRestClient::install);
        }
    }
}
