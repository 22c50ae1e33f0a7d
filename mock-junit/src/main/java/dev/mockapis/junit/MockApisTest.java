package dev.mockapis.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a plain JUnit Jupiter test class against the MockApis fakes, without Spring: a shorthand for
 * {@code @ExtendWith(MockApisExtension.class)}. Scenarios are selected with
 * {@link dev.mockapis.MockApis @MockApis} on the class and on methods, as in a Spring Boot test.
 *
 * <pre>{@code
 * @MockApisTest
 * @MockApis(openai = "tool_usage")
 * class OrderToolTests {
 *
 *     @Test
 *     void callsTheTool(@BaseUrl("openai") String openai, MockInteractionVerifier verifier) { ... }
 *
 *     @Test
 *     @MockApis(openai = "rate_limited")
 *     void backsOff(OpenAIClient client) { ... }
 * }
 * }</pre>
 *
 * <p>To configure the extension (Twilio credentials, scenarios of its own, further apis), register it
 * with {@link org.junit.jupiter.api.extension.RegisterExtension @RegisterExtension} instead; see
 * {@link MockApisExtension}. Use one form per class, not both.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(MockApisExtension.class)
public @interface MockApisTest {}
