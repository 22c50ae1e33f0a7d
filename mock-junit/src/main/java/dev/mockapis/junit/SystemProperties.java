package dev.mockapis.junit;

import dev.mockapis.Recordings;
import java.util.Locale;

/**
 * The {@code mockapis.*} settings of a plain JUnit run: system properties, else environment
 * variables named like them in upper case ({@code MOCKAPIS_OPENAI_UPSTREAM_API_KEY}).
 */
final class SystemProperties {

    private SystemProperties() {}

    static Recordings recordings() {
        return Recordings.configuredBy(SystemProperties::lookUp);
    }

    static String lookUp(String key) {
        String value = System.getProperty(key);
        if (value != null) {
            return value;
        }
        return System.getenv(key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
