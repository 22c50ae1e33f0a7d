package dev.mockapis.server;

import dev.mockapis.server.internal.ServerOptions;
import dev.mockapis.server.internal.StandaloneServer;
import dev.mockapis.server.internal.UsageException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The fakes as a standalone server, for applications in any language and for manual sessions: the
 * chosen fakes on loopback ports, scenario files from a directory, and an admin HTTP API to select
 * scenarios, read the interaction log, reset, and post signed Twilio webhooks to the application.
 *
 * <pre>
 * java -jar mock-server.jar --apis openai,twilio --port openai=8081 --admin-port 9090 \
 *      --scenarios ./scenarios --urls-file build/mockapis-urls.json
 * </pre>
 *
 * The same from Java, for a test harness that drives another process:
 *
 * <pre>{@code
 * try (MockServer server = MockServer.start("--apis", "openai")) {
 *     String openAi = server.baseUrl("openai");  // http://127.0.0.1:<port>/v1
 * }
 * }</pre>
 */
public final class MockServer implements AutoCloseable {

    private final StandaloneServer server;

    private MockServer(StandaloneServer server) {
        this.server = server;
    }

    /**
     * Starts a server from command-line arguments, as {@code java -jar} does.
     *
     * @throws IllegalArgumentException for arguments it cannot run with, or a scenario file with a mistake
     * @throws UncheckedIOException when a port is taken
     */
    public static MockServer start(String... args) {
        ServerOptions options = ServerOptions.parse(args);
        if (options.help()) {
            throw new IllegalArgumentException("--help only prints the usage text");
        }
        return new MockServer(StandaloneServer.start(options));
    }

    /** {@code http://127.0.0.1:<port>} of the admin API. */
    public String adminUrl() {
        return server.adminUrl();
    }

    /**
     * The base URL to give that api's clients ({@code http://127.0.0.1:<port>/v1} for OpenAI).
     *
     * @throws IllegalArgumentException naming the running apis when that api does not run
     */
    public String baseUrl(String api) {
        return server.baseUrl(api)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No running api named '" + api + "'; running: " + String.join(", ", server.apis())));
    }

    /** The running apis, in order. */
    public List<String> apis() {
        return server.apis();
    }

    /** Stops the admin API and every fake. */
    @Override
    public void close() {
        server.close();
    }

    /**
     * Runs the server until the process is stopped (SIGTERM or Ctrl-C close every fake first). Exits
     * with 2 for a wrong command line and 1 when the server cannot start.
     */
    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        StandaloneServer server;
        try {
            ServerOptions options = ServerOptions.parse(args);
            if (options.help()) {
                out.print(ServerOptions.USAGE);
                return;
            }
            server = StandaloneServer.start(options);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.err.print(ServerOptions.USAGE);
            System.exit(2);
            return;
        } catch (RuntimeException e) {
            System.err.println("MockApis server could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            server.close();
                            out.println("MockApis server stopped");
                            out.flush();
                        },
                        "mockapis-shutdown"));
        out.println("MockApis server started" + startupTime());
        out.print(server.banner());
        out.flush();
        server.awaitClose();
    }

    private static String startupTime() {
        return ProcessHandle.current()
                .info()
                .startInstant()
                .map(start -> " in " + Duration.between(start, Instant.now()).toMillis() + " ms")
                .orElse("");
    }
}
