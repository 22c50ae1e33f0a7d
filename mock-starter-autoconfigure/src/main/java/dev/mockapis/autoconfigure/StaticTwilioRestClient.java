package dev.mockapis.autoconfigure;

import com.twilio.Twilio;
import com.twilio.http.TwilioRestClient;

/**
 * The context's client for twilio-java's static API ({@code Message.creator(...).create()}). The static
 * client is global to the JVM while each cached context has its own fake, and {@code Twilio.init}
 * clears it, so {@link StaticTwilioRestClientTestExecutionListener} sets it again before every test.
 */
final class StaticTwilioRestClient {

    private final TwilioRestClient client;

    StaticTwilioRestClient(TwilioRestClient client) {
        this.client = client;
    }

    void install() {
        Twilio.setRestClient(client);
    }

    TwilioRestClient client() {
        return client;
    }
}
