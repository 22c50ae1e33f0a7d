package dev.mockapis.core;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The requests a fake received, oldest first. Bounded: past its capacity the oldest entries are
 * dropped (and counted), so memory stays flat however long a context lives. Thread-safe.
 */
public final class InteractionLog {

    /** The default number of interactions kept. */
    public static final int DEFAULT_CAPACITY = 10_000;

    /** Longest body text kept per interaction. */
    public static final int MAX_BODY_CHARS = 64 * 1024;

    private final int capacity;
    private final ArrayDeque<Interaction> entries = new ArrayDeque<>();
    private long dropped;

    /** A log keeping at most {@code capacity} interactions. */
    public InteractionLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The log capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** Appends an interaction, dropping the oldest if full. */
    public synchronized void record(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        if (entries.size() == capacity) {
            entries.removeFirst();
            dropped++;
        }
        entries.addLast(interaction);
    }

    /** Every interaction kept, oldest first. */
    public synchronized List<Interaction> all() {
        return List.copyOf(entries);
    }

    /** The interactions that satisfy a condition, oldest first. */
    public synchronized List<Interaction> where(Predicate<Interaction> condition) {
        return entries.stream().filter(condition).toList();
    }

    /** The operation ids of the matched requests, in call order. */
    public synchronized List<String> operations() {
        return entries.stream().filter(i -> !i.unmatched()).map(Interaction::operationId).toList();
    }

    /** The requests that matched no route. */
    public List<Interaction> unmatched() {
        return where(Interaction::unmatched);
    }

    /** The number of interactions kept. */
    public synchronized int size() {
        return entries.size();
    }

    /** The most interactions kept at once. */
    public int capacity() {
        return capacity;
    }

    /** How many old interactions were dropped to stay within capacity since the last clear. */
    public synchronized long droppedCount() {
        return dropped;
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
        dropped = 0;
    }

    static String cut(String text) {
        return text.length() <= MAX_BODY_CHARS ? text : text.substring(0, MAX_BODY_CHARS) + "…(" + text.length() + " chars)";
    }
}
