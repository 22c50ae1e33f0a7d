package dev.mockapis.benchmarks;

/** Times one call at a time, after a warm-up, so JIT and connection pools are settled. */
final class Timing {

    static final int WARM_UP = 1_000;
    static final int MEASURED = 3_000;

    private Timing() {}

    static Stats perCall(ThrowingRunnable call) throws Exception {
        return perCall(call, WARM_UP, MEASURED);
    }

    static Stats perCall(ThrowingRunnable call, int warmUp, int measured) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            call.run();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
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
