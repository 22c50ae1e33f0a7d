package dev.mockapis.twilio;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Twilio-style identifiers: a two-letter prefix and 32 hex digits. Derived from a counter, so a fresh
 * fake hands out the same sids in the same order on every run; they only look random.
 */
final class Sids {

    private final String seed;
    private final AtomicLong counter = new AtomicLong();

    Sids(String seed) {
        this.seed = seed;
    }

    String next(String prefix) {
        long n = counter.incrementAndGet();
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((seed + "/" + prefix + "/" + n).getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK provides SHA-256", e);
        }
    }

    void reset() {
        counter.set(0);
    }
}
