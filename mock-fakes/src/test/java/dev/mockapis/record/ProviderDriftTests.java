package dev.mockapis.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.Recordings;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The drift check as a command ({@code ./mvnw verify -Pdrift -pl mock-fakes}): every recording under
 * {@code mockapis.recordings.dir} is sent to its real provider again when that provider's credentials
 * are configured (system properties or environment variables such as
 * {@code MOCKAPIS_OPENAI_UPSTREAM_API_KEY}); without recordings or credentials it is skipped, saying why.
 */
@Tag("drift")
class ProviderDriftTests {

    @Test
    void recordedAnswersStillHaveTheProvidersShapes() {
        Recordings.DriftResult result =
                Recordings.configuredBy(ProviderDriftTests::property).checkDrift();

        Assumptions.assumeFalse(result.reports().isEmpty(), () -> "No drift check ran: " + result);
        assertThat(result.drifted())
                .as("the providers' answers changed shape:%n%s", result)
                .isFalse();
    }

    private static String property(String key) {
        String value = System.getProperty(key);
        return value != null
                ? value
                : System.getenv(key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
