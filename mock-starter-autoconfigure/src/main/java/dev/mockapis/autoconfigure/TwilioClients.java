package dev.mockapis.autoconfigure;

import com.twilio.http.TwilioRestClient;
import dev.mockapis.twilio.RedirectingTwilioHttpClient;
import org.springframework.core.env.Environment;

/** Builds twilio-java clients that send every request to the Twilio fake, with its credentials. */
final class TwilioClients {

    private final Environment environment;

    TwilioClients(Environment environment) {
        this.environment = environment;
    }

    TwilioRestClient create() {
        return new TwilioRestClient.Builder(
                        environment.getRequiredProperty(TwilioMockApiDefinition.ACCOUNT_SID),
                        environment.getRequiredProperty(TwilioMockApiDefinition.AUTH_TOKEN))
                .httpClient(
                        new RedirectingTwilioHttpClient(environment.getRequiredProperty("mockapis.twilio.base-url")))
                .build();
    }
}
