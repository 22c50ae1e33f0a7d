package dev.mockapis.benchmarks;

/** Times one call at a time, after a warm-up, so JIT and connection pools are settled. */
final class Timing {

    static final int WARM_UP = 2_000;
    static final int MEASURED = 5_000;

    private Timing() {
    }

    static Stats perCall(ThrowingRunnable call) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            call.run();
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long start = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - start;
        }
        return Stats.of(nanos);
    }

    /** A call that may throw. */
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
