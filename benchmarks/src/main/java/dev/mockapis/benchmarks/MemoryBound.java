package dev.mockapis.benchmarks;

import dev.mockapis.core.InteractionLog;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Heap retained by a fake after a long run of large requests and aborted uploads, in a forked JVM with a
 * 256 MB heap, against the same JVM's heap with the fake started and idle. Run once with the log's
 * default budget and once with a small one, to show that the bound follows the setting.
 */
final class MemoryBound {

    private static final int REQUESTS = 10_000;
    private static final int ABORTED_UPLOADS = 1_500;
    private static final long SMALL_BUDGET = 8L * 1024 * 1024;

    private MemoryBound() {}

    static void run() throws Exception {
        System.out.printf(
                Locale.ROOT,
                "Heap after GC, -Xmx256m, OpenAI fake, %,d chat completions with %d KB prompts + %,d aborted uploads%n",
                REQUESTS,
                MemoryLoad.PROMPT_BYTES / 1024,
                ABORTED_UPLOADS);
        System.out.println(
                "  log budget     idle (MB)   after load (MB)   ratio   entries kept   log estimate (MB)   OutOfMemoryError");
        for (long budget : new long[] {InteractionLog.DEFAULT_MAX_BYTES, SMALL_BUDGET}) {
            fork(budget);
        }
        System.out.println();
    }

    private static void fork(long budget) throws Exception {
        Process process = new ProcessBuilder(List.of(
                        JavaProcesses.java(),
                        "-Xmx256m",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-cp",
                        JavaProcesses.classPath(),
                        MemoryLoad.class.getName(),
                        Long.toString(budget),
                        Integer.toString(REQUESTS),
                        Integer.toString(ABORTED_UPLOADS)))
                .redirectErrorStream(true)
                .start();
        String result = null;
        boolean outOfMemory = false;
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (line.contains("OutOfMemoryError")) {
                    outOfMemory = true;
                }
            }
        }
        int exit = process.waitFor();
        if (result == null) {
            System.out.printf(
                    Locale.ROOT,
                    "  %4d MiB       the child JVM exited with %d before reporting; OutOfMemoryError: %s%n",
                    budget >> 20,
                    exit,
                    outOfMemory ? "yes" : "no");
            return;
        }
        double idle = field(result, "idle") / 1e6;
        double loaded = field(result, "loaded") / 1e6;
        System.out.printf(
                Locale.ROOT,
                "  %4d MiB       %8.1f    %12.1f      %5.2f   %,12d   %14.1f      %s%n",
                budget >> 20,
                idle,
                loaded,
                loaded / idle,
                field(result, "logged"),
                field(result, "estimated") / 1e6,
                outOfMemory ? "yes" : "no");
    }

    private static long field(String result, String name) {
        for (String part : result.split(" ")) {
            if (part.startsWith(name + "=")) {
                return Long.parseLong(part.substring(name.length() + 1));
            }
        }
        throw new IllegalStateException("No " + name + " in " + result);
    }
}
