package dev.mockapis;

import io.github.resilience4j.ratelimiter.RateLimiter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * Rate limiters for the calls a test suite still makes to real services, next to the ones it makes to
 * the fakes, so that it stays within the providers' limits. A bean when
 * {@code mockapis.live-calls.<name>.calls-per-second} is set; each name is one resilience4j
 * {@link RateLimiter}, shared by the test classes of one application context:
 *
 * <pre>{@code
 * // mockapis.live-calls.openai.calls-per-second=0.5
 * String reply = limiters.limiter("openai").executeSupplier(() -> liveClient.ask("Hello"));
 * }</pre>
 */
@NullMarked
public final class LiveCallLimiters {

    private final Map<String, RateLimiter> limiters;

    /** Limiters by name. */
    public LiveCallLimiters(Map<String, RateLimiter> limiters) {
        this.limiters = new LinkedHashMap<>(limiters);
    }

    /**
     * The limiter of that name.
     *
     * @throws IllegalArgumentException naming the configured limiters when there is none of that name
     */
    public RateLimiter limiter(String name) {
        RateLimiter limiter = limiters.get(name);
        if (limiter == null) {
            throw new IllegalArgumentException(
                    "No live-call limiter '" + name + "'; configured: " + String.join(", ", limiters.keySet())
                            + " (set mockapis.live-calls." + name + ".calls-per-second to add it)");
        }
        return limiter;
    }

    /** The names of the configured limiters. */
    public Set<String> names() {
        return limiters.keySet();
    }
}
