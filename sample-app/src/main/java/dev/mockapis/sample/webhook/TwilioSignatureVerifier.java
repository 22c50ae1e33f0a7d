package dev.mockapis.sample.webhook;

import com.twilio.security.RequestValidator;
import dev.mockapis.sample.delivery.TwilioProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Checks the {@code X-Twilio-Signature} of a webhook with twilio-java's {@link RequestValidator}: an
 * HMAC-SHA1, keyed by the account's auth token, of the URL the request came to and its form parameters.
 * Behind a proxy, set {@code server.forward-headers-strategy} so the URL is the one Twilio called.
 */
@Component
public class TwilioSignatureVerifier {

    private final RequestValidator validator;

    TwilioSignatureVerifier(TwilioProperties twilio) {
        this.validator = new RequestValidator(twilio.authToken());
    }

    /** Whether the request carries a valid signature. */
    public boolean isSigned(HttpServletRequest request) {
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null || signature.isBlank()) {
            return false;
        }
        String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        return validator.validate(url, params, signature);
    }
}
