package dev.mockapis.sample.webhook;

import dev.mockapis.sample.cluster.ClusterProperties;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Every {@code assistant.cluster.sweep-interval}, hands back to the workers the messages stored a while
 * ago and still not answered: those of an instance that died (whose claims have lapsed) and those that
 * waited for their customer's rate limit. A message someone still holds is skipped by its claim.
 */
@Component
class UnansweredMessageSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(UnansweredMessageSweeper.class);

    private final MessageIntake intake;
    private final ClusterProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService sweeps;

    UnansweredMessageSweeper(MessageIntake intake, ClusterProperties properties, Clock clock) {
        this.intake = intake;
        this.properties = properties;
        this.clock = clock;
    }

    void sweep() {
        try {
            intake.resumeReceivedBefore(clock.instant().minus(properties.sweepGrace()));
        } catch (RuntimeException e) {
            log.warn("Sweep for unanswered messages failed; the next one tries again: {}", e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "unanswered-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, period, period, TimeUnit.MILLISECONDS);
        sweeps = executor;
    }

    @Override
    public void stop() {
        ScheduledExecutorService executor = sweeps;
        sweeps = null;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return sweeps != null;
    }
}
