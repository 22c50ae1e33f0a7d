package dev.mockapis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.NullMarked;

/**
 * Runs a Spring Boot test against the MockApis fakes: every enabled fake starts once per application
 * context on a random loopback port, the official SDK clients and Spring AI are pointed at them, and the
 * {@link MockInteractionVerifier} and {@code TwilioWebhookSimulator} beans are available.
 *
 * <p>On a test class (or a superclass, an enclosing class of a {@code @Nested} class, or another
 * annotation) it switches the fakes on. On a test method it changes the scenarios for that method only;
 * the method's annotation wins over the class's as a whole. Scenarios are applied before each test
 * method and every fake's state and interaction log are reset after it, so classes that differ only in
 * scenarios share one application context.
 *
 * <pre>{@code
 * @SpringBootTest
 * @MockApis(openai = "tool_usage")
 * class OrderToolTests { ... }
 * }</pre>
 *
 * <p>Each scenario attribute names a built-in scenario of that api, a scenario file or a user scenario
 * registered as an {@link ApiScenario} bean; an unknown name fails the test at its start, listing the
 * known names.
 *
 * <p>Tests run in strict mode: a request that matches none of a fake's routes fails the test that
 * sent it, with the routes it came closest to (see {@link #strict()}).
 */
@NullMarked
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface MockApis {

    /** The OpenAI scenario; defaults to {@code successful_conversation}. */
    String openai() default "successful_conversation";

    /** The Twilio scenario; defaults to {@code successful_messaging}. */
    String twilio() default "successful_messaging";

    /** The Anthropic scenario; defaults to {@code successful_conversation}. */
    String anthropic() default "successful_conversation";

    /** The Gemini scenario; defaults to {@code successful_conversation}. */
    String gemini() default "successful_conversation";

    /** The DeepSeek scenario; defaults to {@code successful_conversation}. */
    String deepseek() default "successful_conversation";

    /**
     * Scenarios of further apis (ones registered through a {@code MockApiDefinition}), each as
     * {@code api=scenario}, such as {@code "weather=storm"}; defaults to none, which leaves those apis
     * on their default scenario.
     */
    String[] scenarios() default {};

    /**
     * Whether a request no route of a fake matches fails the test, after it ran, with the closest
     * routes in the message; defaults to {@code true}. Set it to {@code false} for tests that send such
     * requests on purpose. Strict mode is on only while {@code mockapis.strict} is true too, and also fails
     * a test that left responses it scripted unused when {@code mockapis.strict-unused-responses} is true.
     */
    boolean strict() default true;

    /**
     * How every fake paces the event streams it answers with during these tests: time to first token,
     * tokens per second, jitter and its seed, over whatever timing the selected scenarios have. Defaults to
     * none, which leaves the scenarios' own timing (for the built-in ones: events back to back, so suites
     * stay fast). Give at most one:
     *
     * <pre>{@code
     * @MockApis(streamTiming = @MockApis.StreamTiming(timeToFirstToken = "300ms", tokensPerSecond = 40))
     * }</pre>
     */
    StreamTiming[] streamTiming() default {};

    /** The pace of streamed answers, for {@link MockApis#streamTiming()}. */
    @Target({})
    @Retention(RetentionPolicy.RUNTIME)
    @Documented
    @interface StreamTiming {

        /** The pause before the first event, such as {@code 300ms}, {@code 2s} or {@code PT0.3S}; none by default. */
        String timeToFirstToken() default "0ms";

        /** The rate of the events after the first (each delta is about one token); 0, the default, sends them back to back. */
        double tokensPerSecond() default 0;

        /** The most by which each pause is longer or shorter, such as {@code 20ms}; none by default. */
        String jitter() default "0ms";

        /** The seed of the jitter, so that a run repeats; 0 by default. */
        long seed() default 0;
    }
}
