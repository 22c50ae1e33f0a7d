package dev.mockapis.core;

/**
 * The progress through the scenario a fake answers with now: replaced by selections and activations on
 * any thread, read by every request.
 */
final class LiveScript {

    private volatile ScriptProgress current;

    LiveScript(ScriptProgress initial) {
        this.current = initial;
    }

    ScriptProgress get() {
        return current;
    }

    void set(ScriptProgress progress) {
        current = progress;
    }
}
