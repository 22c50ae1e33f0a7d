package dev.mockapis.core;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A scenario made active for a while by {@link FakeServer#activate(Scenario)}. Closing it brings back
 * the scenario that was active before, with its sequences where they had got to, unless the fake was
 * reset or another scenario selected in the meantime. Closing twice changes nothing.
 */
public final class ScenarioActivation implements AutoCloseable {

    private final Scenario scenario;
    private final Runnable restore;
    private final AtomicBoolean closed = new AtomicBoolean();

    ScenarioActivation(Scenario scenario, Runnable restore) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.restore = Objects.requireNonNull(restore, "restore");
    }

    /** The scenario this activation made active. */
    public Scenario scenario() {
        return scenario;
    }

    /** Brings back the scenario that was active before this one. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            restore.run();
        }
    }

    @Override
    public String toString() {
        return "activation of scenario '" + scenario.name() + "'" + (closed.get() ? " (closed)" : "");
    }
}
