package dev.mockapis.sample;

import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's WhatsApp webhook: checks the signature, answers each message once (Twilio retries a webhook
 * with the same MessageSid), and sends the assistant's reply through Twilio.
 */
@RestController
class WhatsAppWebhookController {

    private static final String EMPTY_TWIML = "<Response/>";

    private final TwilioSignatureVerifier signatures;
    private final ReplyGenerator replies;
    private final TwilioRestClient twilio;
    private final Set<String> answered = ConcurrentHashMap.newKeySet();

    WhatsAppWebhookController(TwilioSignatureVerifier signatures, ReplyGenerator replies, TwilioRestClient twilio) {
        this.signatures = signatures;
        this.replies = replies;
        this.twilio = twilio;
    }

    @PostMapping(path = "/twilio/whatsapp", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request) {
        if (!signatures.isSigned(request)) {
            return ResponseEntity.status(403).build();
        }
        if (answered.add(request.getParameter("MessageSid"))) {
            String reply = replies.replyTo(request.getParameter("Body"));
            Message.creator(new PhoneNumber(request.getParameter("From")), new PhoneNumber(request.getParameter("To")), reply)
                    .create(twilio);
        }
        return ResponseEntity.ok(EMPTY_TWIML);
    }
}
