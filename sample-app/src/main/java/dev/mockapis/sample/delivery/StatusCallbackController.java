package dev.mockapis.sample.delivery;

import dev.mockapis.sample.webhook.TwilioSignatureVerifier;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Twilio's message status callbacks: signature checked (403 otherwise), then the delivery status recorded. */
@RestController
class StatusCallbackController {

    private final TwilioSignatureVerifier signatures;
    private final DeliveryTracker tracker;

    StatusCallbackController(TwilioSignatureVerifier signatures, DeliveryTracker tracker) {
        this.signatures = signatures;
        this.tracker = tracker;
    }

    @PostMapping("/twilio/status")
    ResponseEntity<Void> status(HttpServletRequest request) {
        if (!signatures.isSigned(request)) {
            return ResponseEntity.status(403).build();
        }
        String sid = request.getParameter("MessageSid");
        String status = request.getParameter("MessageStatus");
        if (sid == null || status == null) {
            return ResponseEntity.badRequest().build();
        }
        tracker.statusReported(sid, status, errorCode(request.getParameter("ErrorCode")));
        return ResponseEntity.noContent().build();
    }

    private static Integer errorCode(String code) {
        try {
            return code == null || code.isBlank() ? null : Integer.valueOf(code.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
