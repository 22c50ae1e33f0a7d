package dev.mockapis.junit;

import java.util.Objects;

/**
 * The test credentials the fakes accept and the injected clients send; the same defaults as the Spring
 * starter's {@code mockapis.*} properties, so a suite moving between the two keeps its fixtures.
 */
record Credentials(String openAiApiKey, String twilioAccountSid, String twilioAuthToken) {

    static final Credentials DEFAULTS = new Credentials(
            MockApisExtension.OPENAI_API_KEY,
            MockApisExtension.TWILIO_ACCOUNT_SID,
            MockApisExtension.TWILIO_AUTH_TOKEN);

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
