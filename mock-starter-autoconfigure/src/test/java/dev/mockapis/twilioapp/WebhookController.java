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
import org.springframework.web.client.RestClient;

/**
 * Echoes inbound WhatsApp messages back (saying what file came with one, downloaded from its media URL
 * with the account's credentials) and records delivery statuses, checking every signature.
 */
@RestController
class WebhookController {

    private final RequestValidator validator;
    private final TwilioRestClient twilio;
    private final StatusLog statusLog;
    private final String accountSid;
    private final String authToken;

    WebhookController(
            @Value("${twilio.account-sid}") String accountSid,
            @Value("${twilio.auth-token}") String authToken,
            TwilioRestClient twilio,
            StatusLog statusLog) {
        this.accountSid = accountSid;
        this.authToken = authToken;
        this.validator = new RequestValidator(authToken);
        this.twilio = twilio;
        this.statusLog = statusLog;
    }

    @PostMapping(path = "/twilio/whatsapp", produces = "application/xml")
    ResponseEntity<String> inbound(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        String reply = "Echo: " + request.getParameter("Body");
        String mediaUrl = request.getParameter("MediaUrl0");
        if (mediaUrl != null) {
            ResponseEntity<byte[]> file = RestClient.create()
                    .get()
                    .uri(mediaUrl)
                    .headers(headers -> headers.setBasicAuth(accountSid, authToken))
                    .retrieve()
                    .toEntity(byte[].class);
            reply += "[" + file.getBody().length + " bytes of "
                    + file.getHeaders().getContentType() + "]";
        }
        Message.creator(
                        new PhoneNumber(request.getParameter("From")),
                        new PhoneNumber(request.getParameter("To")),
                        reply)
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

    /** Status handling that survives duplicates and disorder: once per idempotency token, statuses only forward. */
    @PostMapping("/twilio/status-idempotent")
    ResponseEntity<Void> idempotentStatus(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        statusLog.recordOnce(
                request.getHeader("I-Twilio-Idempotency-Token"),
                request.getParameter("MessageSid"),
                request.getParameter("MessageStatus"));
        return ResponseEntity.noContent().build();
    }

    /** Answers each callback's first attempt with 503, as a briefly overloaded application does. */
    @PostMapping("/twilio/status-overloaded")
    ResponseEntity<Void> overloadedStatus(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        String token = request.getHeader("I-Twilio-Idempotency-Token");
        if (statusLog.attempt(token) == 1) {
            return ResponseEntity.status(503).build();
        }
        statusLog.recordOnce(token, request.getParameter("MessageSid"), request.getParameter("MessageStatus"));
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
