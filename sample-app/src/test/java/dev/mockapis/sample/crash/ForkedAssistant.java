package dev.mockapis.sample.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The assistant application in a JVM of its own, on the test's classpath, so that it can be killed with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux) and started again on the same database file.
 */
final class ForkedAssistant implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ForkedAssistant(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the application's main class with these {@code --name=value} arguments on a free port.
     *
     * @param log where the process's output goes, appended to, for a failing test's message
     */
    static ForkedAssistant start(List<String> arguments, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                classpath(),
                "dev.mockapis.sample.AssistantApplication",
                "--server.port=" + port,
                "--server.address=127.0.0.1"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        return new ForkedAssistant(process, port, log);
    }

    int port() {
        return port;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process as {@code kill -9} does: no shutdown hooks, no flushing, nothing finished. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stops the process as an operator does (SIGTERM), letting messages in hand finish. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The end of the process's output. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // under Maven the JVM's own class path is surefire's launcher jar; surefire names the real one here
    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
