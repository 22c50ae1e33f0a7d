package dev.mockapis.sample.webhook;

import dev.mockapis.sample.cluster.CustomerRateLimit;
import dev.mockapis.sample.cluster.MessageClaims;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs the answering of a message under its claim, so that of all the workers of all the instances
 * exactly one answers it at a time, and only while its customer is within the rate limit. A message
 * claimed elsewhere, already answered, or over the limit is left as it is: its holder answers it, or the
 * next sweep brings it back.
 */
@Component
class ClaimedAnswering {

    private static final Logger log = LoggerFactory.getLogger(ClaimedAnswering.class);

    private final MessageClaims claims;
    private final CustomerRateLimit rateLimit;
    private final InboundMessages messages;

    ClaimedAnswering(MessageClaims claims, CustomerRateLimit rateLimit, InboundMessages messages) {
        this.claims = claims;
        this.rateLimit = rateLimit;
        this.messages = messages;
    }

    void answer(String messageSid, Runnable answering) {
        Optional<MessageClaims.Claim> claim = claims.claim(messageSid);
        if (claim.isEmpty()) {
            log.debug("{} is being answered by another worker", messageSid);
            return;
        }
        try (MessageClaims.Claim held = claim.get()) {
            Optional<InboundMessage> waiting =
                    messages.find(messageSid).filter(message -> message.status() == InboundMessage.Status.RECEIVED);
            if (waiting.isEmpty()) {
                return;
            }
            if (!rateLimit.tryAcquire(waiting.get().customer())) {
                log.info("{} waits: its customer is over the rate limit; a later sweep answers it", messageSid);
                return;
            }
            answering.run();
        }
    }
}
