package dev.mockapis.sample.webhook;

import dev.mockapis.sample.deadletter.DeadLetterHandler;
import dev.mockapis.sample.deadletter.DeadLetters;
import dev.mockapis.sample.persistence.ConversationHistory;
import java.time.Instant;
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
 * back after a restart or a re-drive. Messages the executor cannot take go to the dead letters rather
 * than being dropped.
 */
@Service
public class MessageIntake implements DeadLetterHandler {

    private final InboundMessages messages;
    private final InboundProcessor processor;
    private final ClaimedAnswering claimed;
    private final ConversationHistory history;
    private final DeadLetters deadLetters;
    private final TaskExecutor executor;
    private final TransactionOperations transactions;

    MessageIntake(
            InboundMessages messages,
            InboundProcessor processor,
            ClaimedAnswering claimed,
            ConversationHistory history,
            DeadLetters deadLetters,
            @Qualifier("inboundExecutor") TaskExecutor executor,
            TransactionOperations transactions) {
        this.messages = messages;
        this.processor = processor;
        this.claimed = claimed;
        this.history = history;
        this.deadLetters = deadLetters;
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
        try {
            executor.execute(() -> claimed.answer(messageSid, () -> processor.process(messageSid)));
        } catch (TaskRejectedException e) {
            deadLetters.store(kind(), messageSid, "Not processed: every worker was busy and the queue was full", 0);
            messages.finish(messageSid, InboundMessage.Status.DEAD_LETTERED);
        }
    }
}
