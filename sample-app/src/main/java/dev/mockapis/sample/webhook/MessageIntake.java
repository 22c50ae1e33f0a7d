package dev.mockapis.sample.webhook;

import dev.mockapis.sample.deadletter.DeadLetterHandler;
import dev.mockapis.sample.persistence.ConversationHistory;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Takes inbound messages in: stores each once (committed before the webhook is acknowledged), hands new
 * ones to the bounded executor once committed, and hands them
 * back after a restart, a sweep or a re-drive. Each message waits in this instance's queue at most once;
 * one the executor cannot take stays RECEIVED, stored, and the next sweep hands it back.
 */
@Service
public class MessageIntake implements DeadLetterHandler {

    private static final Logger log = LoggerFactory.getLogger(MessageIntake.class);

    private final InboundMessages messages;
    private final InboundProcessor processor;
    private final ClaimedAnswering claimed;
    private final ConversationHistory history;
    private final TaskExecutor executor;
    private final TransactionOperations transactions;
    // the messages queued or being answered here: the start-up pass and every sweep hand in all RECEIVED messages
    private final Set<String> inHand = ConcurrentHashMap.newKeySet();

    MessageIntake(
            InboundMessages messages,
            InboundProcessor processor,
            ClaimedAnswering claimed,
            ConversationHistory history,
            @Qualifier("inboundExecutor") TaskExecutor executor,
            TransactionOperations transactions) {
        this.messages = messages;
        this.processor = processor;
        this.claimed = claimed;
        this.history = history;
        this.executor = executor;
        this.transactions = transactions;
    }

    /**
     * Accepts a message from the webhook.
     *
     * @return whether it was new; a replayed message is acknowledged and not processed again
     */
    public boolean accept(InboundMessage message, String idempotencyToken) {
        boolean stored = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!messages.storeIfNew(message, idempotencyToken)) {
                return false;
            }
            history.customerWrote(message.customer(), message.textForAgents());
            return true;
        }));
        if (stored) {
            submit(message.messageSid());
        }
        return stored;
    }

    @Override
    public String kind() {
        return InboundProcessor.DEAD_LETTER_KIND;
    }

    @Override
    public void redrive(String messageSid) {
        messages.reopen(messageSid);
        submit(messageSid);
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        messages.withStatus(InboundMessage.Status.RECEIVED).forEach(this::submit);
    }

    /** Hands back the messages received before this instant and still not answered (claims skip those in hand). */
    void resumeReceivedBefore(Instant instant) {
        messages.receivedBefore(InboundMessage.Status.RECEIVED, instant).forEach(this::submit);
    }

    private void submit(String messageSid) {
        // Without this, a backlog slower than the sweeps is queued again on every sweep until the queue is full.
        if (!inHand.add(messageSid)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    claimed.answer(messageSid, () -> processor.process(messageSid));
                } finally {
                    inHand.remove(messageSid);
                }
            });
        } catch (TaskRejectedException e) {
            inHand.remove(messageSid);
            // acknowledged and stored: dead-lettering it here would leave the customer without an answer
            log.warn("{} waits for a free worker; the next sweep hands it back", messageSid);
        }
    }
}
