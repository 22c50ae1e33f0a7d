package dev.mockapis;

import dev.mockapis.core.FakeApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;
import org.springframework.core.env.PropertyResolver;

/**
 * How an api joins MockApis: its name, how to create its fake, where its base URL points and which
 * client properties should follow it. The built-in apis ({@code openai}, {@code twilio}) are
 * definitions like any other, and an application adds a fake of its own, such as a
 * {@link dev.mockapis.core.CustomApi}, in one of two ways.
 *
 * <p>As a bean in the test's configuration, picked up once the bean definitions are read and before
 * any bean is created ({@code static}, so that its configuration class is not created that early):
 *
 * <pre>{@code
 * @Bean
 * static MockApiDefinition weatherApi() {
 *     return MockApiDefinition.builder("weather")
 *             .redirect("weather.base-url")
 *             .build(properties -> WeatherFake.create());
 * }
 * }</pre>
 *
 * <p>Or by listing an implementation (with a public no-argument constructor) in
 * {@code META-INF/spring.factories}, which makes it part of every test context, and available while the
 * configuration is still being read (to conditions and {@code @PropertySource} placeholders too):
 *
 * <pre>
 * dev.mockapis.MockApiDefinition=com.example.WeatherApiDefinition
 * </pre>
 *
 * <p>Either way the api gets what the built-in ones have: the properties
 * {@code mockapis.<name>.enabled} (default {@code true}), {@code mockapis.<name>.base-url} (the fake's
 * root URL followed by {@link #basePath()}) and {@code mockapis.<name>.rate-limit.*}; scenarios selected
 * through {@link MockApis#scenarios()}, {@link ApiScenario} beans, scenario files under
 * {@code mockapis/scenarios/<name>/} or {@link MockApiServers#activate(String, String)}; the
 * {@link MockInteractionVerifier}; and strict mode.
 */
@NullMarked
public interface MockApiDefinition {

    /**
     * A definition of the named api, whose fake the function creates for each application context.
     *
     * @param name the api's name: lower-case letters, digits and dashes, the same as its fake's
     * @param fakes creates the fake, given the application's environment
     */
    static MockApiDefinition of(String name, Function<PropertyResolver, ? extends FakeApi> fakes) {
        return builder(name).build(fakes);
    }

    /**
     * Starts a definition of the named api that also sets a base path, defaults or redirected properties.
     *
     * @param name the api's name: lower-case letters, digits and dashes, the same as its fake's
     */
    static Builder builder(String name) {
        return new Builder(name);
    }

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

    /** Builds a {@link MockApiDefinition} from values. */
    final class Builder {

        private final String name;
        private String basePath = "";
        private final Map<String, String> defaults = new LinkedHashMap<>();
        private final Map<String, String> redirects = new LinkedHashMap<>();

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException(
                        "An api name is lower-case letters, digits and dashes, was '" + name + "'");
            }
            this.name = name;
        }

        /** What follows the server's root in {@code mockapis.<name>.base-url}, such as {@code /v1}; empty by default. */
        public Builder basePath(String path) {
            this.basePath = Objects.requireNonNull(path, "path");
            return this;
        }

        /** A property the api defaults, such as a credential its fake checks; the application's own value wins. */
        public Builder defaultProperty(String key, String value) {
            defaults.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * A property of the application's that should hold the fake's base URL while the fake is enabled,
         * such as {@code weather.base-url}: set to {@code ${mockapis.<name>.base-url}}, over the application's
         * own value.
         */
        public Builder redirect(String clientProperty) {
            return redirect(clientProperty, "${mockapis." + name + ".base-url}");
        }

        /** A property of the application's set to this value, which may use placeholders, while the fake is enabled. */
        public Builder redirect(String clientProperty, String value) {
            redirects.put(
                    Objects.requireNonNull(clientProperty, "clientProperty"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * The definition.
         *
         * @param fakes creates the fake for each application context, given the application's environment
         */
        public MockApiDefinition build(Function<PropertyResolver, ? extends FakeApi> fakes) {
            return new SimpleMockApiDefinition(
                    name,
                    basePath,
                    Map.copyOf(defaults),
                    Map.copyOf(redirects),
                    Objects.requireNonNull(fakes, "fakes"));
        }
    }
}
