package dev.mockapis;

import dev.mockapis.core.FakeApi;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * How an api joins MockApis: its name, how to create its fake, where its base URL points and which
 * client properties should follow it. The built-in apis ({@code openai}, {@code twilio}) are
 * definitions like any other; an application adds its own fake the same way, by listing an
 * implementation (with a public no-argument constructor) in {@code META-INF/spring.factories}:
 *
 * <pre>
 * dev.mockapis.MockApiDefinition=com.example.WeatherApiDefinition
 * </pre>
 *
 * <p>Each definition gets the properties {@code mockapis.<name>.enabled} (default {@code true}) and
 * {@code mockapis.<name>.base-url} (the fake's root URL followed by {@link #basePath()}), and its fake
 * can be told which scenario to run through {@link MockApis#scenarios()}.
 */
public interface MockApiDefinition {

    /**
     * The api's name, lower case, as tests and properties refer to it: {@code openai},
     * {@code twilio}, ...
     */
    String name();

    /**
     * What follows the server's root in {@code mockapis.<name>.base-url}, such as {@code /v1} for
     * OpenAI, whose SDKs append paths to a URL that ends there; empty by default.
     */
    default String basePath() {
        return "";
    }

    /**
     * Properties this api defaults, such as {@code mockapis.twilio.account-sid}; any property source of
     * the application overrides them.
     */
    default Map<String, String> defaultProperties() {
        return Map.of();
    }

    /**
     * Client properties pointed at the fake while it is enabled, such as
     * {@code spring.ai.openai.base-url=${mockapis.openai.base-url}}. They take precedence over the
     * application's own configuration; values may use placeholders.
     */
    default Map<String, String> redirectedProperties() {
        return Map.of();
    }

    /**
     * Creates the fake. Called once per application context, when the fake is first needed.
     *
     * @param properties the application's environment, for settings such as credentials
     * @return a new fake
     */
    FakeApi createFake(PropertyResolver properties);
}
