package dev.mockapis.consumer.boot35;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.security.RequestValidator;
import com.twilio.type.PhoneNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Answers inbound WhatsApp messages, after checking Twilio's signature with the application's auth token. */
@RestController
class WhatsAppController {

    private final RequestValidator validator;
    private final ChatClient chat;
    private final TwilioRestClient twilio;
    private final String whatsAppNumber;
    private final Deliveries deliveries;

    WhatsAppController(
            @Value("${twilio.auth-token}") String authToken,
            @Value("${assistant.whatsapp-number}") String whatsAppNumber,
            ChatClient chat,
            TwilioRestClient twilio,
            Deliveries deliveries) {
        this.validator = new RequestValidator(authToken);
        this.whatsAppNumber = whatsAppNumber;
        this.chat = chat;
        this.twilio = twilio;
        this.deliveries = deliveries;
    }

    @PostMapping(path = "/twilio/whatsapp", produces = "application/xml")
    ResponseEntity<String> inbound(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        String answer = chat.prompt().user(request.getParameter("Body")).call().content();
        Message.creator(new PhoneNumber(request.getParameter("From")), new PhoneNumber(whatsAppNumber), answer)
                .setStatusCallback(URI.create(ServletUriComponentsBuilder.fromContextPath(request)
                        .path("/twilio/status")
                        .toUriString()))
                .create(twilio);
        return ResponseEntity.ok("<Response/>");
    }

    @PostMapping("/twilio/status")
    ResponseEntity<Void> status(HttpServletRequest request) {
        if (!signed(request)) {
            return ResponseEntity.status(403).build();
        }
        deliveries.record(request.getParameter("MessageSid"), request.getParameter("MessageStatus"));
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
