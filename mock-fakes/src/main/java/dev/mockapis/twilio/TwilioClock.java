package dev.mockapis.twilio;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Twilio fake's clock: the clock it was given, moved by an offset tests set, so a test can pass 24
 * hours without sleeping. A reset takes the offset back to zero.
 */
final class TwilioClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    TwilioClock(Clock base) {
        this.base = Objects.requireNonNull(base, "base");
    }

    void advance(Duration duration) {
        offset.updateAndGet(current -> current.plus(duration));
    }

    /** Moves the clock so that it reads this instant now; it runs on from there as its base clock does. */
    void set(Instant instant) {
        offset.set(Duration.between(base.instant(), instant));
    }

    void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return base.getZone().equals(zone) ? this : Clock.offset(base.withZone(zone), offset.get());
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
