package dev.mockapis.benchmarks;

import java.util.Arrays;

/** Median and 99th percentile of a set of timings, in microseconds. */
record Stats(double medianMicros, double p99Micros) {

    static Stats of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Stats(sorted[sorted.length / 2] / 1000.0, sorted[(int) (sorted.length * 0.99)] / 1000.0);
    }
}
