package dev.mockapis.junit;

import java.util.Objects;

/**
 * The test credentials the fakes accept and the injected clients send; the same defaults as the Spring
 * starter's {@code mockapis.*} properties, so a suite moving between the two keeps its fixtures.
 */
record Credentials(String openAiApiKey, String twilioAccountSid, String twilioAuthToken) {

    static final Credentials DEFAULTS = new Credentials("sk-mockapis-test", "AC0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "f0e1d2c3b4a5968778695a4b3c2d1e0f");

    Credentials {
        Objects.requireNonNull(openAiApiKey, "openAiApiKey");
        Objects.requireNonNull(twilioAccountSid, "twilioAccountSid");
        Objects.requireNonNull(twilioAuthToken, "twilioAuthToken");
    }

    Credentials withTwilio(String accountSid, String authToken) {
        return new Credentials(openAiApiKey, accountSid, authToken);
    }

    Credentials withOpenAiApiKey(String apiKey) {
        return new Credentials(apiKey, twilioAccountSid, twilioAuthToken);
    }
}
