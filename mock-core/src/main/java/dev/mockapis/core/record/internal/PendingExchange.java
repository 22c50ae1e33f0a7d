package dev.mockapis.core.record.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * An exchange in the order its call was answered, which a streamed answer completes only when its
 * stream is over.
 */
public final class PendingExchange {

    private final CompletableFuture<Exchange> done = new CompletableFuture<>();
    private final Supplier<Exchange> soFar;

    /** @param soFar the exchange as far as it has been seen */
    PendingExchange(Supplier<Exchange> soFar) {
        this.soFar = soFar;
    }

    /** An exchange complete already. */
    public static PendingExchange of(Exchange exchange) {
        PendingExchange pending = new PendingExchange(() -> exchange);
        pending.complete(exchange);
        return pending;
    }

    void complete(Exchange exchange) {
        done.complete(exchange);
    }

    /** Whether the exchange is complete. */
    public boolean isComplete() {
        return done.isDone();
    }

    /**
     * The exchange once complete, or as far as it has been seen when that takes longer than the limit.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public Exchange await(Duration limit) throws InterruptedException {
        try {
            return done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return soFar.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("An exchange is never completed exceptionally", e);
        }
    }
}
