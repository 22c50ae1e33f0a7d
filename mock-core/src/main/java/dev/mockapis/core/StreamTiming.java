package dev.mockapis.core;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * How a scenario paces the event streams a fake answers with, the way a model generates: a pause before
 * the first event (the time to first token: providers send their first event when the model starts
 * answering), then each later event after as long as its tokens take at the rate (tokens per second). The fake says how many tokens an event carries
 * ({@link FakeApi#streamedTokens}): the LLM fakes count the text of their deltas, so the events after the
 * first that carry none (usage, a stream's end) go out without a pause; for other apis each event is one token. Each pause varies by up to ± {@code jitter}, drawn from a random
 * generator seeded with {@code seed}, so the same scenario paces every stream the same way, run after
 * run. {@link #NONE}, the default, sends the events back to back so that suites stay fast. Bodies that are
 * not event streams are not paced.
 *
 * <p>The pauses do not hold a thread past the client: a stream whose client disconnects, or whose fake is
 * reset or closed, stops at once.
 *
 * @param timeToFirstToken the pause before the first event
 * @param tokensPerSecond the rate of the tokens after the first event's; 0 sends them back to back
 * @param jitter the most by which each pause is longer or shorter (never below zero)
 * @param seed the seed of the jitter's random generator
 */
public record StreamTiming(Duration timeToFirstToken, double tokensPerSecond, Duration jitter, long seed) {

    /** No pacing: events back to back. */
    public static final StreamTiming NONE = new StreamTiming(Duration.ZERO, 0, Duration.ZERO, 0);

    /** Validates. */
    public StreamTiming {
        Objects.requireNonNull(timeToFirstToken, "timeToFirstToken");
        Objects.requireNonNull(jitter, "jitter");
        if (timeToFirstToken.isNegative()) {
            throw new IllegalArgumentException("The time to first token cannot be negative: " + timeToFirstToken);
        }
        if (!(tokensPerSecond >= 0) || Double.isInfinite(tokensPerSecond)) {
            throw new IllegalArgumentException(
                    "Tokens per second is a finite number, 0 or more (0: no pacing), was " + tokensPerSecond);
        }
        if (jitter.isNegative()) {
            throw new IllegalArgumentException("The jitter cannot be negative: " + jitter);
        }
    }

    /** A time to first token and a rate after it, without jitter. */
    public static StreamTiming of(Duration timeToFirstToken, double tokensPerSecond) {
        return new StreamTiming(timeToFirstToken, tokensPerSecond, Duration.ZERO, 0);
    }

    /**
     * A timing from text, as annotations and properties give it: durations such as {@code 300ms},
     * {@code 2s}, {@code 1m} or ISO-8601 {@code PT0.3S}.
     *
     * @throws IllegalArgumentException naming what cannot be read
     */
    public static StreamTiming of(String timeToFirstToken, double tokensPerSecond, String jitter, long seed) {
        return new StreamTiming(
                DurationText.parse(timeToFirstToken), tokensPerSecond, DurationText.parse(jitter), seed);
    }

    /** This timing, with each pause varied by up to ± {@code amount}. */
    public StreamTiming withJitter(Duration amount) {
        return new StreamTiming(timeToFirstToken, tokensPerSecond, amount, seed);
    }

    /** This timing, its jitter drawn from a generator with this seed. */
    public StreamTiming withSeed(long newSeed) {
        return new StreamTiming(timeToFirstToken, tokensPerSecond, jitter, newSeed);
    }

    /** Whether this timing leaves streams unpaced. */
    public boolean isNone() {
        return timeToFirstToken.isZero() && tokensPerSecond == 0;
    }

    /** The pause before an event of one token after the first, before jitter; zero when the rate is 0. */
    public Duration interval() {
        return tokensPerSecond == 0 ? Duration.ZERO : Duration.ofNanos((long) (1_000_000_000L / tokensPerSecond));
    }

    /** The pauses of one stream, in order: before its first event, then before each later one. */
    Pauses pauses() {
        return new Pauses(this);
    }

    /** The pauses of one stream; each stream draws its jitter afresh from the seed. Not thread-safe. */
    static final class Pauses {
        private final StreamTiming timing;
        private final SplittableRandom random;
        private boolean first = true;

        private Pauses(StreamTiming timing) {
            this.timing = timing;
            this.random = new SplittableRandom(timing.seed());
        }

        /** The pause before the next event, taken to carry one token. */
        Duration next() {
            return next(1);
        }

        /**
         * The pause before the next event: the time to first token before the first, then as long as its
         * tokens take at the rate; none for a later event without tokens.
         *
         * @param tokens the tokens the event carries
         */
        Duration next(int tokens) {
            if (tokens <= 0 && !first) {
                return Duration.ZERO;
            }
            Duration base =
                    first ? timing.timeToFirstToken() : timing.interval().multipliedBy(tokens);
            first = false;
            long spread = timing.jitter().toNanos();
            if (spread == 0 || timing.isNone()) {
                return base;
            }
            long varied = base.toNanos() + random.nextLong(-spread, spread + 1);
            return Duration.ofNanos(Math.max(0, varied));
        }
    }
}
