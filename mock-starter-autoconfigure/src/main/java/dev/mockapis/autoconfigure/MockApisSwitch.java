package dev.mockapis.autoconfigure;

import org.springframework.core.env.PropertyResolver;

/** Reads {@code mockapis.enabled} and {@code mockapis.<api>.enabled}, the two switches every fake obeys. */
final class MockApisSwitch {

    static final String ENABLED = "mockapis.enabled";

    private MockApisSwitch() {}

    static boolean isEnabled(PropertyResolver environment, String api) {
        return environment.getProperty(ENABLED, Boolean.class, false)
                && environment.getProperty(apiKey(api), Boolean.class, true);
    }

    static String describe(PropertyResolver environment, String api) {
        return ENABLED + "=" + environment.getProperty(ENABLED, Boolean.class, false) + ", " + apiKey(api) + "="
                + environment.getProperty(apiKey(api), Boolean.class, true);
    }

    private static String apiKey(String api) {
        return "mockapis." + api + ".enabled";
    }
}
