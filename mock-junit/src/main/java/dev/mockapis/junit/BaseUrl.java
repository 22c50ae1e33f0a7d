package dev.mockapis.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Injects the base URL clients use for an api's fake into a {@code String} or {@code java.net.URI}
 * parameter of a test, lifecycle method or constructor, starting the fake if it was not yet. It is what
 * the official SDK of that api takes as its base URL: OpenAI's ends in {@code /v1}, Twilio's is scheme,
 * host and port only (the API paths start with {@code /2010-04-01}), the others are the server's root.
 *
 * <pre>{@code
 * @Test
 * void chat(@BaseUrl("openai") String openai) {
 *     OpenAIClient client = OpenAIOkHttpClient.builder().baseUrl(openai).apiKey("sk-test").build();
 * }
 * }</pre>
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface BaseUrl {

    /** The api's name: {@code openai}, {@code twilio}, {@code anthropic}, {@code gemini}, {@code deepseek} or one added to the extension. */
    String value();
}
