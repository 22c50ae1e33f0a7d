package dev.mockapis.sample.webhook;

import com.twilio.exception.ApiException;
import dev.mockapis.sample.delivery.OutboundMessages;
import dev.mockapis.sample.delivery.OutboundMessenger;
import dev.mockapis.sample.persistence.ConversationHistory;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gets a reply to the customer exactly once, even across a crash: the reply and the parts it goes out
 * as are stored together; each part is marked as attempted (committed) before it is handed to Twilio
 * and recorded as sent once Twilio took it; a part attempted but not recorded is looked up in Twilio's
 * message list before it is sent again.
 */
@Component
class ReplyDelivery {

    private final InboundMessages messages;
    private final ReplyParts parts;
    private final ConversationHistory history;
    private final OutboundMessenger messenger;
    private final OutboundMessages outbound;

    ReplyDelivery(
            InboundMessages messages,
            ReplyParts parts,
            ConversationHistory history,
            OutboundMessenger messenger,
            OutboundMessages outbound) {
        this.messages = messages;
        this.parts = parts;
        this.history = history;
        this.messenger = messenger;
        this.outbound = outbound;
    }

    /**
     * Stores an agent's reply, the parts it goes out as, and the line in the conversation history, at once.
     *
     * @return the reply as stored and sent: shortened when it was too long even for several messages
     */
    @Transactional
    public String store(InboundMessage message, String agent, String reply) {
        String kept = ReplySplitter.shortened(reply);
        messages.saveReply(message.messageSid(), kept);
        parts.create(message.messageSid(), ReplySplitter.split(kept));
        history.assistantAnswered(message.customer(), agent, kept);
        return kept;
    }

    /**
     * Sends every part of the reply not sent yet, in order. Once the whole reply is out, a fallback
     * that never went out is dropped.
     *
     * @throws com.twilio.exception.TwilioException when Twilio refuses a part or cannot be reached
     */
    void send(InboundMessage message) {
        Set<Integer> sent = outbound.sentReplyParts(message.messageSid());
        List<ReplyPart> reply = parts.of(message.messageSid());
        if (reply.stream().allMatch(ReplyPart::fallback) && message.reply() != null) {
            // a reply stored before replies were kept in parts
            parts.create(message.messageSid(), ReplySplitter.split(message.reply()));
            reply = parts.of(message.messageSid());
        }
        for (ReplyPart part : reply) {
            if (!part.fallback() && !sent.contains(part.position())) {
                deliver(message, part);
            }
        }
        if (!sent.contains(ReplyPart.FALLBACK)) {
            parts.removeFallback(message.messageSid());
        }
    }

    /** Whether a reply was stored and every part of it went out. */
    boolean replySent(InboundMessage message) {
        Set<Integer> sent = outbound.sentReplyParts(message.messageSid());
        List<ReplyPart> reply = parts.of(message.messageSid()).stream()
                .filter(part -> !part.fallback())
                .toList();
        return !reply.isEmpty() && reply.stream().allMatch(part -> sent.contains(part.position()));
    }

    /**
     * Sends the fallback reply, at most once per message however often it is dead-lettered.
     *
     * @throws com.twilio.exception.TwilioException when Twilio refuses it or cannot be reached
     */
    void sendFallback(InboundMessage message, String text) {
        parts.addFallbackOnce(message.messageSid(), ReplySplitter.split(text).get(0));
        if (!outbound.sentReplyParts(message.messageSid()).contains(ReplyPart.FALLBACK)) {
            parts.of(message.messageSid()).stream()
                    .filter(ReplyPart::fallback)
                    .findFirst()
                    .ifPresent(part -> deliver(message, part));
        }
    }

    private void deliver(InboundMessage message, ReplyPart part) {
        if (part.attemptedAt() != null
                && messenger
                        .recoverReplyPart(
                                message.customer(), part.body(), part.messageSid(), part.position(), part.attemptedAt())
                        .isPresent()) {
            return;
        }
        ReplyPart attempted = parts.markAttempted(part);
        try {
            messenger.sendReplyPart(message.customer(), attempted.body(), attempted.messageSid(), attempted.position());
        } catch (ApiException e) {
            if (e.getStatusCode() != null) {
                // Twilio answered with an error: it created no message, so the next attempt need not look for one
                parts.clearAttempt(attempted);
            }
            throw e;
        }
    }
}
