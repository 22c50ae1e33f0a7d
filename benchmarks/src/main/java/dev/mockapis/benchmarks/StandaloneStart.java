package dev.mockapis.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Time from {@code java -jar mock-server.jar} to the first answer of its admin API's {@code /health}
 * (as {@code mock-server/scripts/time-to-first-answer.py} measures it), against a hello-world JVM's
 * time to its first line of output, runs interleaved so both see the same load.
 */
final class StandaloneStart {

    private static final int RUNS = 9;

    private StandaloneStart() {}

    static void run() throws Exception {
        Optional<Path> jar = serverJar();
        if (jar.isEmpty()) {
            System.out.println(
                    "Standalone server start: skipped, build mock-server first (no mock-server/target/mock-server-*.jar)");
            System.out.println();
            return;
        }
        long[] server = new long[RUNS];
        long[] hello = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            hello[i] = helloNanos();
            server[i] = firstAnswerNanos(jar.get());
        }
        Stats serverStats = Stats.of(server);
        Stats helloStats = Stats.of(hello);
        System.out.printf(Locale.ROOT, "Standalone server, time to first answer, median of %d (ms)%n", RUNS);
        System.out.printf(
                Locale.ROOT, "  java -jar mock-server.jar, GET /health   %6.0f%n", serverStats.medianMicros() / 1000);
        System.out.printf(
                Locale.ROOT,
                "  java -cp hello-world, first line          %6.0f   ratio %.1f%n%n",
                helloStats.medianMicros() / 1000,
                serverStats.medianMicros() / helloStats.medianMicros());
    }

    private static long helloNanos() throws Exception {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(
                        JavaProcesses.java(), "-cp", JavaProcesses.ownClasses(), Hello.class.getName())
                .start();
        try (BufferedReader output =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            if (!"hello".equals(output.readLine())) {
                throw new IllegalStateException("The hello-world JVM printed something else");
            }
            long elapsed = System.nanoTime() - start;
            process.waitFor();
            return elapsed;
        }
    }

    private static long firstAnswerNanos(Path jar) throws Exception {
        int port = freePort();
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(1))
                .build();
        long start = System.nanoTime();
        Process server = new ProcessBuilder(
                        List.of(JavaProcesses.java(), "-jar", jar.toString(), "--admin-port", Integer.toString(port)))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            while (true) {
                if (!server.isAlive()) {
                    throw new IllegalStateException(
                            "The server exited with " + server.exitValue() + " before answering");
                }
                try {
                    if (client.send(health, HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200) {
                        return System.nanoTime() - start;
                    }
                } catch (IOException notYet) {
                    Thread.onSpinWait();
                }
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Optional<Path> serverJar() throws IOException {
        Path target = Path.of(System.getProperty("mockapis.server.target", "mock-server/target"));
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(
                            file -> file.getFileName().toString().matches("mock-server-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst();
        }
    }
}
