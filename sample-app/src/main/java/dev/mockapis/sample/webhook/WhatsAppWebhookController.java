package dev.mockapis.sample.webhook;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's WhatsApp webhook. It checks the signature (403 otherwise), stores the message once per
 * {@code MessageSid} and idempotency token, and acknowledges at once with empty TwiML: the answer is
 * worked out on the bounded executor and sent through the API, well within Twilio's 15-second limit
 * for the acknowledgement, however slow the model is.
 */
@RestController
class WhatsAppWebhookController {

    private static final String EMPTY_TWIML = "<Response/>";

    private final TwilioSignatureVerifier signatures;
    private final MessageIntake intake;
    private final Clock clock;

    WhatsAppWebhookController(TwilioSignatureVerifier signatures, MessageIntake intake, Clock clock) {
        this.signatures = signatures;
        this.intake = intake;
        this.clock = clock;
    }

    @PostMapping(path = "/twilio/whatsapp", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> inbound(HttpServletRequest request) {
        if (!signatures.isSigned(request)) {
            return ResponseEntity.status(403).build();
        }
        String sid = request.getParameter("MessageSid");
        String from = request.getParameter("From");
        if (sid == null || from == null) {
            return ResponseEntity.badRequest().build();
        }
        intake.accept(
                new InboundMessage(
                        sid,
                        from,
                        orEmpty(request.getParameter("To")),
                        request.getParameter("ProfileName"),
                        orEmpty(request.getParameter("Body")),
                        media(request),
                        InboundMessage.Status.RECEIVED,
                        0,
                        null,
                        clock.instant()),
                request.getHeader("I-Twilio-Idempotency-Token"));
        return ResponseEntity.ok(EMPTY_TWIML);
    }

    private static List<InboundMessage.Media> media(HttpServletRequest request) {
        List<InboundMessage.Media> media = new ArrayList<>();
        int count = parse(request.getParameter("NumMedia"));
        for (int i = 0; i < count; i++) {
            String url = request.getParameter("MediaUrl" + i);
            if (url != null) {
                String type = request.getParameter("MediaContentType" + i);
                media.add(new InboundMessage.Media(url, type == null ? "application/octet-stream" : type));
            }
        }
        return media;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Math.min(Integer.parseInt(number), 10);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
