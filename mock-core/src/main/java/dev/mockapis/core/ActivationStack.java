package dev.mockapis.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The scenario a fake answers with: a selected base scenario, and above it the scenarios activated and
 * not yet closed, the newest on top. The top one is live in the shared reference the dispatcher reads.
 *
 * <p>Closing an activation removes exactly that entry wherever it is: closing the top one brings back
 * the one below it (its sequences where they had got to), closing one further down leaves the top one
 * live. Selecting a scenario or resetting empties the stack, so activations still open then change
 * nothing when closed.
 *
 * <p>Activations are not isolated per thread: the fake answers every request on its own threads with
 * one live scenario. An activation from a thread while another thread's activation is still open is
 * therefore refused with an {@link IllegalStateException}, rather than one thread's scenario silently
 * answering the other thread's calls. Closing may happen on any thread.
 */
final class ActivationStack {

    private final LiveScript live;
    private final List<Entry> open = new ArrayList<>();
    private ScriptProgress base;

    ActivationStack(LiveScript live) {
        this.live = live;
        this.base = live.get();
    }

    /** Makes this the base scenario and forgets every open activation. */
    synchronized void select(ScriptProgress selected) {
        open.clear();
        base = selected;
        live.set(selected);
    }

    /**
     * Puts a scenario on top and returns the activation that removes it again.
     *
     * @param whenClosed told the progress of a scenario whose activation closed while it was still on the stack
     */
    synchronized ScenarioActivation push(
            Scenario scenario, ScriptProgress progress, java.util.function.Consumer<ScriptProgress> whenClosed) {
        Thread current = Thread.currentThread();
        for (Entry entry : open) {
            if (entry.owner() != current) {
                throw new IllegalStateException(
                        "Cannot activate scenario '" + scenario.name() + "' on thread '" + current.getName()
                                + "': scenario '" + entry.progress().scenario().name() + "', activated on thread '"
                                + entry.owner().getName()
                                + "', is still open. A fake answers all threads with one scenario, so activations are not isolated"
                                + " per thread; close the other activation first, or activate from one thread.");
            }
        }
        Entry entry = new Entry(progress, current);
        open.add(entry);
        live.set(progress);
        return new ScenarioActivation(scenario, () -> {
            if (remove(entry)) {
                whenClosed.accept(entry.progress());
            }
        });
    }

    private synchronized boolean remove(Entry entry) {
        int index = open.indexOf(entry);
        if (index < 0) {
            return false;
        }
        open.remove(index);
        live.set(open.isEmpty() ? base : open.get(open.size() - 1).progress());
        return true;
    }

    /** Identity matters: two activations of the same progress are two entries. */
    private static final class Entry {
        private final ScriptProgress progress;
        private final Thread owner;

        Entry(ScriptProgress progress, Thread owner) {
            this.progress = progress;
            this.owner = owner;
        }

        ScriptProgress progress() {
            return progress;
        }

        Thread owner() {
            return owner;
        }
    }
}
