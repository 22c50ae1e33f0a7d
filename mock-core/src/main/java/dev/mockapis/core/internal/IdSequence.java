package dev.mockapis.core.internal;

import java.security.SecureRandom;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids in a provider's format ({@code msg_01...}, {@code toolu_01...}, {@code SM...}), the one id source
 * of every fake. Thread-safe.
 *
 * <p>By default the ids are random, as the providers' are: drawn from a non-blocking {@link SecureRandom}, so two
 * processes (an application restarted on a kept database, two test JVMs) never hand out the same ids.
 *
 * <p>With a seed, given to the constructor or by the system property {@value #SEED_PROPERTY}, the ids
 * are reproducible instead: the same seed gives the same ids in the same order in every run, and
 * {@link #reset()} starts the sequence again. Seeded ids are unique within a sequence (a counter, mixed
 * by a bijection, leads each id), but not across processes that use the same seed.
 */
public final class IdSequence {

    /** The system property that seeds every id sequence made without an explicit seed. */
    public static final String SEED_PROPERTY = "mockapis.ids.seed";

    /** Upper- and lower-case letters and digits. */
    public static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    /** Lower-case hexadecimal digits. */
    public static final String HEX = "0123456789abcdef";

    private static final SecureRandom RANDOM = nonBlockingRandom();

    private final OptionalLong seed;
    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    /** Random ids, or seeded ones when the system property {@value #SEED_PROPERTY} holds a number. */
    public IdSequence() {
        this(configuredSeed());
    }

    /** Reproducible ids: the same seed gives the same sequence. */
    public IdSequence(long seed) {
        this(OptionalLong.of(seed));
    }

    private IdSequence(OptionalLong seed) {
        this.seed = seed;
    }

    /** The seed, if the ids are reproducible rather than random. */
    public OptionalLong seed() {
        return seed;
    }

    /**
     * The next id of a kind: the prefix, then {@code length} characters of the alphabet.
     *
     * @param prefix the id's fixed start, which also names the kind
     * @param alphabet the characters of the random part
     * @param length how many of them
     */
    public String next(String prefix, String alphabet, int length) {
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        if (seed.isEmpty()) {
            for (int i = 0; i < length; i++) {
                id.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            return id.toString();
        }
        long n = counters.computeIfAbsent(prefix + '/' + alphabet, key -> new AtomicLong())
                .incrementAndGet();
        // The counter, scrambled by a bijection, leads the id: distinct counters can never collide.
        long digits = scramble(n ^ ((long) prefix.hashCode() << 32) ^ scramble(seed.getAsLong()));
        long filler = scramble(digits);
        int unique = uniqueDigits(alphabet.length());
        for (int i = 0; i < length; i++) {
            long source = i < unique ? digits : filler;
            id.append(alphabet.charAt((int) Long.remainderUnsigned(source, alphabet.length())));
            if (i < unique) {
                digits = Long.divideUnsigned(digits, alphabet.length());
            } else {
                filler = Long.divideUnsigned(filler, alphabet.length()) ^ scramble(filler + i);
            }
        }
        return id.toString();
    }

    /**
     * The next id in the shape of a random (version 4) UUID, {@code 8-4-4-4-12} lower-case hex digits, for
     * providers whose ids are UUIDs: random, or seeded like every other id of the sequence.
     */
    public String uuid() {
        String hex = next("uuid", HEX, 32).substring("uuid".length());
        return hex.substring(0, 8) + '-' + hex.substring(8, 12) + "-4" + hex.substring(13, 16) + '-'
                + "89ab".charAt(Character.digit(hex.charAt(16), 16) & 3) + hex.substring(17, 20) + '-'
                + hex.substring(20);
    }

    /**
     * A separate sequence of the same kind, random or seeded alike, for ids worked out and then thrown away,
     * so that looking ahead never advances this sequence.
     */
    public IdSequence scratch() {
        return seed.isPresent() ? new IdSequence(seed.getAsLong()) : new IdSequence();
    }

    /** Starts seeded ids from the beginning again; random ids stay random. */
    public void reset() {
        counters.clear();
    }

    /** The default SecureRandom may wait seconds for /dev/random on a fresh container; ids need no more than urandom. */
    private static SecureRandom nonBlockingRandom() {
        try {
            return SecureRandom.getInstance("NativePRNGNonBlocking");
        } catch (java.security.NoSuchAlgorithmException notOnThisPlatform) {
            return new SecureRandom();
        }
    }

    private static OptionalLong configuredSeed() {
        String configured = System.getProperty(SEED_PROPERTY);
        if (configured == null || configured.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(configured.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "The system property " + SEED_PROPERTY + " must be a whole number, was '" + configured + "'");
        }
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
