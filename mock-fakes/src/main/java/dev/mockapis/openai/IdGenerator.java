package dev.mockapis.openai;

import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids in OpenAI's formats ({@code asst_}, {@code thread_}, {@code chatcmpl-}, {@code resp_}...). Unique
 * within a fake, and the same sequence again after every reset, so test output is reproducible.
 */
final class IdGenerator {

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String HEX = "0123456789abcdef";

    private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

    String assistant() {
        return next("asst_", ALPHANUMERIC, 24);
    }

    String thread() {
        return next("thread_", ALPHANUMERIC, 24);
    }

    String threadMessage() {
        return next("msg_", ALPHANUMERIC, 24);
    }

    String run() {
        return next("run_", ALPHANUMERIC, 24);
    }

    String step() {
        return next("step_", ALPHANUMERIC, 24);
    }

    String toolCall() {
        return next("call_", ALPHANUMERIC, 24);
    }

    String chatCompletion() {
        return next("chatcmpl-", ALPHANUMERIC, 29);
    }

    String response() {
        return next("resp_", HEX, 48);
    }

    String conversation() {
        return next("conv_", HEX, 48);
    }

    String messageItem() {
        return next("msg_", HEX, 48);
    }

    String functionCallItem() {
        return next("fc_", HEX, 48);
    }

    String request() {
        return next("req_", HEX, 32);
    }

    void reset() {
        counters.clear();
    }

    private String next(String prefix, String alphabet, int length) {
        long n = counters.computeIfAbsent(prefix + alphabet.length(), key -> new AtomicLong()).incrementAndGet();
        // A bijective mix of the counter leads the id, so ids never collide; the rest only looks random.
        long mixed = mix(n + prefix.hashCode() * 0x9E3779B97F4A7C15L);
        StringBuilder id = new StringBuilder(prefix.length() + length).append(prefix);
        long digits = mixed;
        int base = alphabet.length();
        int unique = (int) Math.ceil(64 / (Math.log(base) / Math.log(2)));
        for (int i = 0; i < unique && i < length; i++) {
            id.append(alphabet.charAt((int) Long.remainderUnsigned(digits, base)));
            digits = Long.divideUnsigned(digits, base);
        }
        SplittableRandom random = new SplittableRandom(mixed);
        while (id.length() < prefix.length() + length) {
            id.append(alphabet.charAt(random.nextInt(base)));
        }
        return id.toString();
    }

    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
