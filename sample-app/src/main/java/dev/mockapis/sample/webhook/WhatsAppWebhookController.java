package dev.mockapis.sample.webhook;

import dev.mockapis.sample.cluster.ReplayMarks;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's WhatsApp webhook. It checks the signature (403 otherwise), stores the message once per
 * {@code MessageSid} and idempotency token, and acknowledges at once with empty TwiML: the answer is
 * worked out on the bounded executor and sent through the API, well within Twilio's 15-second limit
 * for the acknowledgement, however slow the model is. When the database cannot take the message in
 * time, the webhook is refused with 503 and Twilio retries it.
 */
@RestController
class WhatsAppWebhookController {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);
    private static final String EMPTY_TWIML = "<Response/>";

    private final TwilioSignatureVerifier signatures;
    private final MessageIntake intake;
    private final ReplayMarks replays;
    private final Clock clock;

    WhatsAppWebhookController(
            TwilioSignatureVerifier signatures, MessageIntake intake, ReplayMarks replays, Clock clock) {
        this.signatures = signatures;
        this.intake = intake;
        this.replays = replays;
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
        String idempotencyToken = request.getHeader("I-Twilio-Idempotency-Token");
        if (replays.seen(sid, idempotencyToken)) {
            // taken in before, perhaps by another instance: acknowledged without touching the database
            return ResponseEntity.ok(EMPTY_TWIML);
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
                        clock.instant(),
                        choice(request)),
                idempotencyToken);
        replays.remember(sid, idempotencyToken);
        return ResponseEntity.ok(EMPTY_TWIML);
    }

    /**
     * The database could not take the message in time (no free connection, or a query too slow): the
     * webhook is refused at once with 503, well before Twilio's 15 seconds, so that Twilio retries it
     * with the same idempotency token rather than the message being lost or stored twice.
     */
    @ExceptionHandler({
        DataAccessResourceFailureException.class,
        TransientDataAccessException.class,
        CannotCreateTransactionException.class
    })
    ResponseEntity<String> databaseUnavailable(RuntimeException failure) {
        log.warn("Webhook refused with 503 for Twilio to retry: {}", failure.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .build();
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

    /** The id of the button (quick reply) or list item the customer tapped, or {@code null}. */
    private static String choice(HttpServletRequest request) {
        String button = request.getParameter("ButtonPayload");
        return button != null && !button.isEmpty() ? button : request.getParameter("ListId");
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
