package dev.mockapis.sample.delivery;

import dev.mockapis.sample.webhook.TwilioSignatureVerifier;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    ResponseEntity<Void> status(HttpServletRequest request, @RequestParam("MessageSid") String sid,
            @RequestParam("MessageStatus") String status, @RequestParam(name = "ErrorCode", required = false) Integer errorCode) {
        if (!signatures.isSigned(request)) {
            return ResponseEntity.status(403).build();
        }
        tracker.statusReported(sid, status, errorCode);
        return ResponseEntity.noContent().build();
    }
}
