package dev.mockapis.core;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The requests a fake received, oldest first. Thread-safe.
 *
 * <p>Bounded by an estimate of the memory its entries hold, {@value #DEFAULT_MAX_BYTES} bytes by default
 * (and by a number of entries): past either, the oldest entries are dropped, and counted. A request or
 * response body longer than {@value #MAX_BODY_CHARS} characters is kept cut, ending in a marker that
 * gives its full length. How many calls each operation received is counted apart from the entries, so
 * counts stay right however many entries were dropped. {@link #clear()} frees everything.
 */
public final class InteractionLog {

    /** The default number of interactions kept. */
    public static final int DEFAULT_CAPACITY = 100_000;

    /** The default memory budget of a log, in bytes: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    /** The Spring property that sets the memory budget of each fake's log. */
    public static final String MAX_BYTES_PROPERTY = "mockapis.log.max-bytes";

    /** Longest body text kept per interaction, request or response. */
    public static final int MAX_BODY_CHARS = 64 * 1024;

    private static final String UNMATCHED = "";
    private static final long ENTRY_OVERHEAD_BYTES = 1024;

    private final int capacity;
    private final long maxBytes;
    private final ArrayDeque<Kept> entries = new ArrayDeque<>();
    private final Map<String, Long> callCounts = new HashMap<>();
    private long bytes;
    private long dropped;

    /** A log keeping at most {@code capacity} interactions within the default memory budget. */
    public InteractionLog(int capacity) {
        this(capacity, DEFAULT_MAX_BYTES);
    }

    /** A log keeping at most {@code capacity} interactions and about {@code maxBytes} bytes of them. */
    public InteractionLog(int capacity, long maxBytes) {
        if (capacity < 1) {
            throw new IllegalArgumentException("The log capacity must be at least 1, was " + capacity);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The log's memory budget must be at least 1 byte, was " + maxBytes);
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
    }

    /** Appends an interaction, dropping the oldest ones while the log is over its limits; the newest is always kept. */
    public synchronized void record(Interaction interaction) {
        Objects.requireNonNull(interaction, "interaction");
        callCounts.merge(key(interaction.operationId()), 1L, Long::sum);
        Kept kept = new Kept(interaction, estimatedBytes(interaction));
        entries.addLast(kept);
        bytes += kept.bytes();
        while (entries.size() > 1 && (entries.size() > capacity || bytes > maxBytes)) {
            bytes -= entries.removeFirst().bytes();
            dropped++;
        }
    }

    /**
     * Gives a kept interaction the body it answered with once that is known: a live stream's events,
     * when the stream is over. Nothing happens when the interaction is no longer kept.
     *
     * @param sequence the interaction's {@link Interaction#sequence()}
     * @param responseBody the body text, already cut as {@link #cut(String)} cuts it
     */
    synchronized void completeResponseBody(long sequence, String responseBody) {
        for (java.util.Iterator<Kept> newestFirst = entries.descendingIterator(); newestFirst.hasNext(); ) {
            Kept old = newestFirst.next();
            if (old.interaction().sequence() == sequence) {
                Interaction completed = old.interaction().withResponseBody(responseBody);
                long before = old.bytes();
                old.replace(completed, estimatedBytes(completed));
                bytes += old.bytes() - before;
                while (entries.size() > 1 && bytes > maxBytes) {
                    bytes -= entries.removeFirst().bytes();
                    dropped++;
                }
                return;
            }
        }
    }

    /** Every interaction kept, oldest first. */
    public synchronized List<Interaction> all() {
        return entries.stream().map(Kept::interaction).toList();
    }

    /** The interactions that satisfy a condition, oldest first. */
    public synchronized List<Interaction> where(Predicate<Interaction> condition) {
        return entries.stream().map(Kept::interaction).filter(condition).toList();
    }

    /** The operation ids of the matched requests kept, in call order. */
    public synchronized List<String> operations() {
        return entries.stream()
                .map(Kept::interaction)
                .filter(i -> !i.unmatched())
                .map(Interaction::operationId)
                .toList();
    }

    /** The requests kept that matched no route. */
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

    /** The memory budget, in bytes, that the kept interactions are estimated to stay within. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The estimated bytes the kept interactions hold. */
    public synchronized long retainedBytes() {
        return bytes;
    }

    /** How many old interactions were dropped to stay within the limits since the last clear. */
    public synchronized long droppedCount() {
        return dropped;
    }

    /**
     * How many calls an operation received since the last clear, dropped ones included.
     *
     * @param operationId the operation id, or {@code null} for the requests that matched no route
     */
    public synchronized long callCount(@Nullable String operationId) {
        return callCounts.getOrDefault(key(operationId), 0L);
    }

    /** Everything kept and counted, read at one instant. */
    public synchronized Snapshot snapshot() {
        Map<String, Long> counts = new HashMap<>(callCounts);
        counts.remove(UNMATCHED);
        return new Snapshot(all(), counts, dropped, capacity, maxBytes);
    }

    /** Forgets everything. */
    public synchronized void clear() {
        entries.clear();
        callCounts.clear();
        bytes = 0;
        dropped = 0;
    }

    /**
     * The interactions kept and the call counts, at one instant.
     *
     * @param kept the interactions kept, oldest first
     * @param callCounts calls per operation id since the last clear, dropped ones included
     * @param dropped how many interactions were dropped since the last clear
     * @param capacity the most interactions the log keeps
     * @param maxBytes the log's memory budget
     */
    public record Snapshot(
            List<Interaction> kept, Map<String, Long> callCounts, long dropped, int capacity, long maxBytes) {

        /** Copies. */
        public Snapshot {
            kept = List.copyOf(kept);
            callCounts = Map.copyOf(callCounts);
        }

        /** Calls of an operation since the last clear, dropped ones included. */
        public long callCount(String operationId) {
            return callCounts.getOrDefault(operationId, 0L);
        }

        /** Says how many entries were dropped and how to keep more, or is empty when none were. */
        public String droppedNote() {
            if (dropped == 0) {
                return "";
            }
            return "Note: the log dropped its " + dropped + " oldest " + (dropped == 1 ? "interaction" : "interactions")
                    + " to stay within its limits (" + maxBytes + " bytes, " + capacity + " entries), so only the "
                    + kept.size() + " newest can be inspected; call counts still include the dropped ones."
                    + " Raise " + MAX_BYTES_PROPERTY + " to keep more.";
        }
    }

    static String cut(String text) {
        return text.length() <= MAX_BODY_CHARS
                ? text
                : text.substring(0, MAX_BODY_CHARS) + marker(text.length() + " chars");
    }

    /**
     * A body read in pieces as the log keeps it.
     *
     * @param start its first characters, at most {@value #MAX_BODY_CHARS}
     * @param length its full length in characters
     */
    static String cut(CharSequence start, long length) {
        return length <= MAX_BODY_CHARS ? start.toString() : start + marker(length + " chars");
    }

    /** The body as the log keeps it: whole when short, else its start as text with a marker giving the full length. */
    static ParsedBody kept(FakeRequest request) {
        byte[] body = request.body();
        if (body.length <= MAX_BODY_CHARS) {
            return request.parsedBody();
        }
        String start = new String(body, 0, MAX_BODY_CHARS, StandardCharsets.UTF_8);
        return new ParsedBody.Truncated(start + marker(body.length + " bytes"), body.length);
    }

    private static String marker(String fullLength) {
        return "…[truncated, " + fullLength + " in full]";
    }

    /** A rough upper estimate: strings as two bytes a character, a parsed JSON tree at four times its text. */
    static long estimatedBytes(Interaction interaction) {
        long size = ENTRY_OVERHEAD_BYTES
                + 2L * (interaction.path().length() + interaction.responseBody().length());
        long[] headers = {0};
        interaction.headers().forEach((name, value) -> headers[0] += 2L * (name.length() + value.length()) + 64);
        size += headers[0];
        for (Map.Entry<String, List<String>> parameter : interaction.query().entrySet()) {
            for (String value : parameter.getValue()) {
                size += 2L * (parameter.getKey().length() + value.length()) + 64;
            }
        }
        return size + bodyBytes(interaction.body());
    }

    private static long bodyBytes(ParsedBody body) {
        if (body instanceof ParsedBody.Json json) {
            return 4L * json.text().length();
        }
        if (body instanceof ParsedBody.Form form) {
            return 4L * form.params().toString().length();
        }
        if (body instanceof ParsedBody.Text text) {
            return 2L * text.text().length();
        }
        if (body instanceof ParsedBody.Invalid invalid) {
            return 2L * (invalid.text().length() + invalid.reason().length());
        }
        if (body instanceof ParsedBody.Truncated truncated) {
            return 2L * truncated.text().length();
        }
        return 0;
    }

    private static String key(@Nullable String operationId) {
        return operationId == null ? UNMATCHED : operationId;
    }

    /** An entry; a live stream's is replaced once its body is known, under the log's lock. */
    private static final class Kept {
        private Interaction interaction;
        private long bytes;

        Kept(Interaction interaction, long bytes) {
            this.interaction = interaction;
            this.bytes = bytes;
        }

        Interaction interaction() {
            return interaction;
        }

        long bytes() {
            return bytes;
        }

        void replace(Interaction completed, long completedBytes) {
            interaction = completed;
            bytes = completedBytes;
        }
    }
}
