package dev.mockapis.benchmarks;

import dev.mockapis.anthropic.AnthropicFake;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.deepseek.DeepSeekFake;
import dev.mockapis.gemini.GeminiFake;
import dev.mockapis.openai.OpenAiFake;
import dev.mockapis.shaded.mockwebserver3.MockWebServer;
import dev.mockapis.twilio.TwilioFake;
import java.net.InetAddress;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What starting a fake costs inside a test: constructing it and {@code FakeServer.start}, the first
 * time in this JVM and the median of later starts, against a bare MockWebServer's start.
 */
final class FakeStart {

    private static final int STARTS = 51;

    private FakeStart() {}

    static void run() throws Exception {
        System.out.printf(
                Locale.ROOT,
                "Start inside a running JVM, to a listening server (ms): first in the JVM, then median of %d%n",
                STARTS);
        long bareFirst = timeBare();
        long[] bare = new long[STARTS];
        for (int i = 0; i < STARTS; i++) {
            bare[i] = timeBare();
        }
        double bareMedian = Stats.of(bare).medianMicros() / 1000;
        System.out.printf(
                Locale.ROOT, "  bare MockWebServer   first %7.1f   median %6.2f%n", bareFirst / 1e6, bareMedian);
        for (Map.Entry<String, Supplier<FakeApi>> fake : fakes().entrySet()) {
            long first = timeFake(fake.getValue());
            long[] later = new long[STARTS];
            for (int i = 0; i < STARTS; i++) {
                later[i] = timeFake(fake.getValue());
            }
            double median = Stats.of(later).medianMicros() / 1000;
            System.out.printf(
                    Locale.ROOT,
                    "  %-20s first %7.1f   median %6.2f   ratio to bare (median) %.1f%n",
                    fake.getKey(),
                    first / 1e6,
                    median,
                    median / bareMedian);
        }
        System.out.println();
    }

    private static Map<String, Supplier<FakeApi>> fakes() {
        Map<String, Supplier<FakeApi>> fakes = new LinkedHashMap<>();
        fakes.put("OpenAiFake", () -> new OpenAiFake(Clock.systemUTC()));
        fakes.put("TwilioFake", () -> new TwilioFake(Benchmarks.SID, Benchmarks.TOKEN, Clock.systemUTC()));
        fakes.put("AnthropicFake", () -> new AnthropicFake(Clock.systemUTC()));
        fakes.put("GeminiFake", () -> new GeminiFake(Clock.systemUTC()));
        fakes.put("DeepSeekFake", () -> new DeepSeekFake(Clock.systemUTC()));
        return fakes;
    }

    private static long timeFake(Supplier<FakeApi> api) {
        long start = System.nanoTime();
        try (FakeServer server = FakeServer.start(api.get())) {
            return System.nanoTime() - start;
        }
    }

    private static long timeBare() throws Exception {
        long start = System.nanoTime();
        try (MockWebServer server = new MockWebServer()) {
            server.start(InetAddress.getLoopbackAddress(), 0);
            return System.nanoTime() - start;
        }
    }
}
