package dev.mockapis.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects an api's fake, started if it was not yet: as a {@link dev.mockapis.core.FakeServer} (port,
 * interaction log, scenarios, rate limits) or as the fake itself, typed as its class, such as
 * {@link dev.mockapis.twilio.TwilioFake} for its queued status callbacks.
 *
 * <pre>{@code
 * @Test
 * void delivery(@Fake("twilio") TwilioFake twilio, @Fake("twilio") FakeServer server) { ... }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Fake {

    /** The api's name: {@code openai}, {@code twilio}, {@code anthropic}, {@code gemini}, {@code deepseek} or one added to the extension. */
    String value();
}
