package dev.mockapis.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.mockapis.core.FakeServer;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Requests per second from concurrent clients, each server answering with the same bytes. */
final class Throughput {

    private static final int THREADS = 8;
    private static final int CALLS_PER_THREAD = 2_500;
    private static final int ROUNDS = 3;

    private Throughput() {}

    static void run() throws Exception {
        System.out.printf(
                Locale.ROOT,
                "Throughput, %d client threads x %d GETs, best of %d rounds (requests/second)%n",
                THREADS,
                CALLS_PER_THREAD,
                ROUNDS);
        try (FakeServer fake = FakeServer.start(Benchmarks.fixedApi(), 100_000);
                BareServer bare =
                        new BareServer(200, "application/json", Benchmarks.PAYLOAD.getBytes(StandardCharsets.UTF_8))) {
            WireMockServer wireMock = Benchmarks.wireMock();
            try {
                double bareRate = best(bare.baseUrl(), null);
                double fakeRate = best(fake.baseUrl(), fake);
                double wireMockRate = best(wireMock.baseUrl(), null);
                System.out.printf(Locale.ROOT, "  bare MockWebServer   %8.0f%n", bareRate);
                System.out.printf(
                        Locale.ROOT,
                        "  MockApis fake        %8.0f   bare/fake = %.2f%n",
                        fakeRate,
                        bareRate / fakeRate);
                System.out.printf(
                        Locale.ROOT,
                        "  WireMock 3           %8.0f   fake/WireMock = %.2f%n",
                        wireMockRate,
                        fakeRate / wireMockRate);
            } finally {
                wireMock.stop();
            }
        }
    }

    private static double best(String baseUrl, FakeServer toClear) throws Exception {
        double best = 0;
        for (int round = 0; round < ROUNDS; round++) {
            if (toClear != null) {
                toClear.interactions().clear();
            }
            best = Math.max(best, round(baseUrl));
        }
        return best;
    }

    private static double round(String baseUrl) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < THREADS; t++) {
                HttpClient client = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build();
                done.add(pool.submit(() -> {
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        Benchmarks.jdkGet(client, baseUrl);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return THREADS * CALLS_PER_THREAD / seconds;
        } finally {
            pool.shutdown();
        }
    }
}
