package dev.mockapis.twilio;

import dev.mockapis.core.FakeRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;

/**
 * Twilio's HTTP Basic authentication with the account SID as user name and the auth token as password.
 * Anything else is answered with 401 and code 20003.
 */
final class BasicAuthentication {

    private final String accountSid;
    private final byte[] authToken;

    BasicAuthentication(String accountSid, String authToken) {
        this.accountSid = accountSid;
        this.authToken = authToken.getBytes(StandardCharsets.UTF_8);
    }

    void check(FakeRequest request) {
        String header = request.header("Authorization").orElse("").trim();
        if (!header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            throw TwilioErrors.raise(TwilioErrors.noCredentials());
        }
        String credentials;
        try {
            credentials =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw TwilioErrors.raise(TwilioErrors.noCredentials());
        }
        int colon = credentials.indexOf(':');
        String user = colon < 0 ? credentials : credentials.substring(0, colon);
        String password = colon < 0 ? "" : credentials.substring(colon + 1);
        if (!user.equals(accountSid)) {
            throw TwilioErrors.raise(TwilioErrors.invalidUsername());
        }
        if (!MessageDigest.isEqual(authToken, password.getBytes(StandardCharsets.UTF_8))) {
            throw TwilioErrors.raise(TwilioErrors.authenticate());
        }
    }
}
