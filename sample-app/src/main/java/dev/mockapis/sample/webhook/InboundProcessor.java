package dev.mockapis.sample.webhook;

import dev.mockapis.sample.agents.ActiveAgent;
import dev.mockapis.sample.agents.AgentCoordinator;
import dev.mockapis.sample.agents.AgentReply;
import dev.mockapis.sample.agents.FallbackReply;
import dev.mockapis.sample.booking.BookingTaps;
import dev.mockapis.sample.deadletter.DeadLetters;
import dev.mockapis.sample.resilience.AssistantUnavailableException;
import dev.mockapis.sample.resilience.ResilienceProperties;
import io.github.resilience4j.retry.Retry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Answers one stored inbound message: books a tapped booking time at once, or transcribes its voice
 * notes and asks the agents; sends the reply through Twilio (in several messages when it is long), and retries with exponential backoff when that fails. A message that still
 * fails goes to the dead letters, and a customer whose reply could not be produced or sent gets the
 * polite fallback so they are not left without an answer.
 */
@Component
class InboundProcessor {

    /** The dead-letter kind of inbound messages. */
    static final String DEAD_LETTER_KIND = "inbound_message";

    private static final Logger log = LoggerFactory.getLogger(InboundProcessor.class);

    private final InboundMessages messages;
    private final AgentCoordinator agents;
    private final ActiveAgent activeAgent;
    private final FallbackReply fallback;
    private final ReplyDelivery delivery;
    private final DeadLetters deadLetters;
    private final Retry retry;
    private final VoiceNotes voiceNotes;
    private final BookingTaps bookingTaps;

    InboundProcessor(
            InboundMessages messages,
            AgentCoordinator agents,
            ActiveAgent activeAgent,
            FallbackReply fallback,
            ReplyDelivery delivery,
            DeadLetters deadLetters,
            ResilienceProperties resilience,
            VoiceNotes voiceNotes,
            BookingTaps bookingTaps) {
        this.messages = messages;
        this.agents = agents;
        this.activeAgent = activeAgent;
        this.fallback = fallback;
        this.delivery = delivery;
        this.deadLetters = deadLetters;
        this.voiceNotes = voiceNotes;
        this.bookingTaps = bookingTaps;
        // an open circuit breaker is answered with the fallback at once, never retried
        this.retry = Retry.of(
                "inbound",
                resilience.inboundRetry().toConfig(failure -> !(failure instanceof AssistantUnavailableException)));
    }

    void process(String messageSid) {
        InboundMessage message = messages.find(messageSid).orElse(null);
        if (message == null || message.status() != InboundMessage.Status.RECEIVED) {
            return;
        }
        try {
            retry.executeRunnable(() -> attempt(messageSid));
        } catch (RuntimeException e) {
            deadLetter(messageSid, e);
        }
    }

    private void attempt(String messageSid) {
        int attempt = messages.countAttempt(messageSid);
        InboundMessage message = messages.find(messageSid).orElseThrow();
        log.debug("Answering {} (attempt {})", messageSid, attempt);
        String reply = message.reply();
        if (reply == null) {
            Optional<String> tapped = bookingTaps.answer(message.customer(), message.choiceId());
            if (tapped.isPresent()) {
                // a tapped booking time books itself: nothing for the model to interpret
                reply = delivery.store(message, BookingTaps.AGENT, tapped.get());
            } else {
                AgentReply answer = answer(message);
                reply = delivery.store(message, answer.agent(), answer.text());
            }
        }
        delivery.send(message);
        messages.finish(
                messageSid,
                reply.equals(fallback.text()) ? InboundMessage.Status.FALLBACK : InboundMessage.Status.ANSWERED);
    }

    private AgentReply answer(InboundMessage message) {
        try {
            return agents.answer(
                    message.customer(), message.profileName(), message.textForAgents(voiceNotes::transcript));
        } catch (AssistantUnavailableException e) {
            return fallback.from(activeAgent.of(message.customer()));
        }
    }

    private void deadLetter(String messageSid, RuntimeException failure) {
        InboundMessage message = messages.find(messageSid).orElseThrow();
        log.warn("Message {} failed after {} attempts; dead-lettered", messageSid, message.attempts(), failure);
        deadLetters.store(DEAD_LETTER_KIND, messageSid, failure.toString(), message.attempts());
        if (!delivery.replySent(message)) {
            try {
                delivery.sendFallback(message, fallback.text());
            } catch (RuntimeException e) {
                log.warn("Could not send the fallback for {} either: {}", messageSid, e.toString());
            }
        }
        // last, so that whoever watches the status sees the dead letter and the fallback already there
        messages.finish(messageSid, InboundMessage.Status.DEAD_LETTERED);
    }
}
