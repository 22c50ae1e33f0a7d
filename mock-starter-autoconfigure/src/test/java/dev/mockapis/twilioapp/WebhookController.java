package dev.mockapis.twilioapp;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Echoes inbound WhatsApp messages back and records delivery statuses, checking every signature. */
@RestController
class WebhookController {

    private final RequestValidator validator;
    private final TwilioRestClient twilio;
    private final StatusLog statusLog;

    WebhookController(@Value("${twilio.auth-token}") String authToken, TwilioRestClient twilio, StatusLog statusLog) {
        this.validator = new RequestValidator(authToken);
        this.twilio = twilio;
        this.statusLog = statusLog;
    }

    @PostMapping(path = "/twilio/whatsapp", produces = "application/xml")
    ResponseEntity<String> inbound(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        Message.creator(
                        new PhoneNumber(request.getParameter("From")),
                        new PhoneNumber(request.getParameter("To")),
                        "Echo: " + request.getParameter("Body"))
                .setStatusCallback(URI.create("http://localhost/twilio/status"))
                .create(twilio);
        return ResponseEntity.ok("<Response/>");
    }

    @PostMapping("/twilio/status")
    ResponseEntity<Void> status(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        statusLog.record(request.getParameter("MessageSid"), request.getParameter("MessageStatus"));
        return ResponseEntity.noContent().build();
    }

    private boolean signed(HttpServletRequest request) {
        String url = request.getRequestURL() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        String signature = request.getHeader("X-Twilio-Signature");
        return signature != null && validator.validate(url, params, signature);
    }
}
