package dev.mockapis.autoconfigure;

import dev.mockapis.MockApiDefinition;
import dev.mockapis.core.FakeApi;
import dev.mockapis.twilio.TwilioFake;
import java.time.Clock;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/** The Twilio fake: base URL without a path (twilio-java's paths start with /2010-04-01), test credentials. */
final class TwilioMockApiDefinition implements MockApiDefinition {

    static final String ACCOUNT_SID = "mockapis.twilio.account-sid";
    static final String AUTH_TOKEN = "mockapis.twilio.auth-token";

    @Override
    public String name() {
        return TwilioFake.NAME;
    }

    @Override
    public Map<String, String> defaultProperties() {
        MockApisProperties.Twilio defaults = new MockApisProperties().getTwilio();
        return Map.of(ACCOUNT_SID, defaults.getAccountSid(), AUTH_TOKEN, defaults.getAuthToken());
    }

    @Override
    public FakeApi createFake(PropertyResolver properties) {
        return new TwilioFake(
                properties.getRequiredProperty(ACCOUNT_SID),
                properties.getRequiredProperty(AUTH_TOKEN),
                Clock.systemUTC());
    }
}
