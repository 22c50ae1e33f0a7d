package dev.mockapis.sample;

import com.twilio.security.RequestValidator;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Checks the {@code X-Twilio-Signature} of a webhook against the URL the request came to and its parameters. */
@Component
class TwilioSignatureVerifier {

    private final RequestValidator validator;

    TwilioSignatureVerifier(@Value("${twilio.auth-token}") String authToken) {
        this.validator = new RequestValidator(authToken);
    }

    boolean isSigned(HttpServletRequest request) {
        String signature = request.getHeader("X-Twilio-Signature");
        if (signature == null) {
            return false;
        }
        String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        return validator.validate(url, params, signature);
    }
}
