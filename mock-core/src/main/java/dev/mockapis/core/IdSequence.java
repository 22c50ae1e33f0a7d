package dev.mockapis.core;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids in a provider's format ({@code msg_01...}, {@code toolu_01...}): unique within a fake, random
 * looking, and the same sequence again after every {@link #reset()}, so test output is reproducible.
 * Thread-safe.
 */
public final class IdSequence {

    /** Upper- and lower-case letters and digits. */
    public static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** Lower-case hexadecimal digits. */
    public static final String HEX = "0123456789abcdef";

    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    /**
     * The next id of a kind: the prefix, then {@code length} characters of the alphabet.
     *
     * @param prefix the id's fixed start, which also names the kind
     * @param alphabet the characters of the random-looking part
     * @param length how many of them
     */
    public String next(String prefix, String alphabet, int length) {
        long n = counters.computeIfAbsent(prefix, key -> new AtomicLong()).incrementAndGet();
        // The counter, scrambled by a bijection, leads the id: distinct counters can never collide.
        long digits = scramble(n ^ ((long) prefix.hashCode() << 32));
        long filler = scramble(digits);
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        for (int i = 0; i < length; i++) {
            long source = i < uniqueDigits(alphabet.length()) ? digits : filler;
            id.append(alphabet.charAt((int) Long.remainderUnsigned(source, alphabet.length())));
            if (i < uniqueDigits(alphabet.length())) {
                digits = Long.divideUnsigned(digits, alphabet.length());
            } else {
                filler = Long.divideUnsigned(filler, alphabet.length()) ^ scramble(filler + i);
            }
        }
        return id.toString();
    }

    /** Starts every kind of id from the beginning again. */
    public void reset() {
        counters.clear();
    }

    private static int uniqueDigits(int base) {
        return (int) Math.ceil(64 / (Math.log(base) / Math.log(2)));
    }

    private static long scramble(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
