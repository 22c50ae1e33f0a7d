package dev.mockapis.consumer.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the standalone server as CI would ({@code java -jar}) and runs the Python check against it: a
 * WhatsApp assistant on {@code http.server} and its unittest suite, standard library only.
 */
class PythonClientTests {

    @TempDir
    Path directory;

    private Process server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void aPythonAppIsTestedAgainstTheStandaloneServer() throws Exception {
        Assumptions.assumeTrue(pythonAvailable(), "python3 is not on the PATH: the Python consumer check is skipped");
        Path urlsFile = directory.resolve("mockapis-urls.json");
        server = new ProcessBuilder(
                        java(),
                        "-jar",
                        System.getProperty("mockapis.server.jar"),
                        "--apis",
                        "openai,twilio",
                        "--urls-file",
                        urlsFile.toString())
                .redirectOutput(directory.resolve("server.out").toFile())
                .redirectError(directory.resolve("server.err").toFile())
                .start();
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> Files.exists(urlsFile) || !server.isAlive());
        assertThat(server.isAlive())
                .as("the server is running; its errors: %s", errors())
                .isTrue();

        Path log = directory.resolve("python.log");
        Process python = new ProcessBuilder("python3", System.getProperty("python.check"), urlsFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = python.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            python.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(output);

        assertThat(finished).as("the Python check finished in time").isTrue();
        assertThat(python.exitValue())
                .as("the Python check's exit status; its output:%n%s", output)
                .isZero();
        assertThat(output).contains("Ran 4 tests", "OK");
    }

    private String errors() throws IOException {
        return Files.readString(directory.resolve("server.err"));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean pythonAvailable() {
        try {
            Process version = new ProcessBuilder(List.of("python3", "--version"))
                    .redirectErrorStream(true)
                    .start();
            return version.waitFor(20, TimeUnit.SECONDS) && version.exitValue() == 0;
        } catch (IOException notInstalled) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
