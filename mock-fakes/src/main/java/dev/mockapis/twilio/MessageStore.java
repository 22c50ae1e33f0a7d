package dev.mockapis.twilio;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The messages of every account, and their status changes. One lock guards both the messages and the
 * queuing of status callbacks, so callbacks are queued in the order the statuses changed even when
 * requests race.
 */
final class MessageStore {

    private final Clock clock;
    private final StatusCallbacks callbacks;
    private final Map<String, Map<String, StoredMessage>> byAccount = new HashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    MessageStore(Clock clock, StatusCallbacks callbacks) {
        this.clock = clock;
        this.callbacks = callbacks;
    }

    /** The current time to the second, as Twilio's dates have it. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    long nextSequence() {
        return sequence.incrementAndGet();
    }

    synchronized void add(StoredMessage message) {
        messages(message.accountSid()).put(message.sid(), message);
    }

    /** Makes the message's status callbacks arrive as the chaos says. */
    synchronized void add(StoredMessage message, CallbackChaos chaos) {
        callbacks.chaos(message.sid(), chaos);
        add(message);
    }

    synchronized Optional<StoredMessage> find(String accountSid, String sid) {
        return Optional.ofNullable(messages(accountSid).get(sid));
    }

    /** Moves the message one status on, if it can move now, and returns it. */
    synchronized Optional<StoredMessage> advance(String accountSid, String sid) {
        StoredMessage message = messages(accountSid).get(sid);
        if (message == null) {
            return Optional.empty();
        }
        return Optional.of(advanceOnce(message, now()));
    }

    /** Applies a change to the message and returns the changed message. */
    synchronized Optional<StoredMessage> update(String accountSid, String sid, UnaryOperator<StoredMessage> change) {
        StoredMessage message = messages(accountSid).get(sid);
        if (message == null) {
            return Optional.empty();
        }
        StoredMessage changed = change.apply(message);
        messages(accountSid).put(sid, changed);
        if (changed.status() != message.status()) {
            callbacks.statusChanged(changed, now());
        }
        return Optional.of(changed);
    }

    /**
     * The WhatsApp recipient opens a message: it settles (as far as it can go now), then moves from
     * {@code delivered} to {@code read}, with its status callback. Reading it again changes nothing.
     *
     * @throws IllegalArgumentException when the account has no such message
     * @throws IllegalStateException when it is not an outbound WhatsApp message, or does not end delivered
     */
    synchronized StoredMessage read(String accountSid, String sid) {
        StoredMessage message = messages(accountSid).get(sid);
        if (message == null) {
            throw new IllegalArgumentException("The account has no message " + sid);
        }
        if (message.inbound() || !message.isWhatsApp()) {
            throw new IllegalStateException(
                    "WhatsApp reports reading only of the WhatsApp messages an application sends; " + sid + " is "
                            + (message.inbound() ? "an inbound message" : "an SMS"));
        }
        Instant now = now();
        StoredMessage current = message;
        while (current.canAdvance(now)) {
            current = advanceOnce(current, now);
        }
        if (current.status() == MessageStatus.READ) {
            return current;
        }
        if (current.status() != MessageStatus.DELIVERED) {
            throw new IllegalStateException(
                    "Message " + sid + " is " + current.status().wire() + ": only a delivered message can be read");
        }
        StoredMessage read = current.read(now);
        messages(accountSid).put(sid, read);
        callbacks.statusChanged(read, now);
        return read;
    }

    synchronized boolean delete(String accountSid, String sid) {
        return messages(accountSid).remove(sid) != null;
    }

    /** The account's messages, newest first. */
    synchronized List<StoredMessage> list(String accountSid) {
        List<StoredMessage> all = new ArrayList<>(messages(accountSid).values());
        all.sort(Comparator.comparingLong(StoredMessage::sequence).reversed());
        return all;
    }

    /** Moves every message as far as it can go now: to its final status unless it waits for its send time. */
    synchronized void settleAll() {
        Instant now = now();
        byAccount
                .values()
                .forEach(messages -> List.copyOf(messages.values()).forEach(message -> {
                    StoredMessage current = message;
                    while (current.canAdvance(now)) {
                        current = advanceOnce(current, now);
                    }
                }));
    }

    synchronized void clear() {
        byAccount.clear();
        sequence.set(0);
    }

    private StoredMessage advanceOnce(StoredMessage message, Instant now) {
        if (!message.canAdvance(now)) {
            return message;
        }
        StoredMessage next = message.advanced(now);
        messages(message.accountSid()).put(next.sid(), next);
        callbacks.statusChanged(next, now);
        return next;
    }

    private Map<String, StoredMessage> messages(String accountSid) {
        return byAccount.computeIfAbsent(accountSid, account -> new LinkedHashMap<>());
    }
}
