package dev.mockapis.server.internal;

import java.util.Objects;

/**
 * The Twilio account the Twilio fake serves: requests authenticate with it and webhooks are signed with
 * its auth token. The defaults are the ones the Spring Boot starter uses, so examples carry over.
 *
 * @param accountSid {@code AC} followed by 32 hex digits
 * @param authToken the auth token
 */
public record TwilioAccount(String accountSid, String authToken) {

    /** The account used unless one is given. */
    public static final TwilioAccount DEFAULT =
            new TwilioAccount("AC0a1b2c3d4e5f60718293a4b5c6d7e8f9", "f0e1d2c3b4a5968778695a4b3c2d1e0f");

    /** Validates. */
    public TwilioAccount {
        Objects.requireNonNull(accountSid, "accountSid");
        Objects.requireNonNull(authToken, "authToken");
    }
}
