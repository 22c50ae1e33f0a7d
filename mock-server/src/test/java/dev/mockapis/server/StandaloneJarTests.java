package dev.mockapis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar, launched as users launch it. */
class StandaloneJarTests {

    @TempDir
    Path directory;

    private final List<Process> launched = new ArrayList<>();

    @AfterEach
    void stopLeftovers() {
        launched.forEach(Process::destroyForcibly);
    }

    @Test
    void servesFromJavaMinusJarAndStopsCleanlyOnSigterm() throws Exception {
        int adminPort = Http.freePort();
        Path urlsFile = directory.resolve("urls.json");
        long launchedAt = System.nanoTime();
        Process server = launch(
                "--apis",
                "openai,twilio",
                "--admin-port",
                Integer.toString(adminPort),
                "--urls-file",
                urlsFile.toString());

        await().atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(5))
                .ignoreExceptionsInstanceOf(UncheckedIOException.class)
                .until(() ->
                        Http.get("http://127.0.0.1:" + adminPort + "/health").status() == 200);
        long firstAnswerMillis = (System.nanoTime() - launchedAt) / 1_000_000;
        System.out.println("Time to first answer after java -jar: " + firstAnswerMillis + " ms");

        JsonNode urls = Http.JSON.readTree(Files.readString(urlsFile));
        String openAi = urls.path("apis").path("openai").path("baseUrl").asText();
        assertThat(Http.postJson(openAi + "/chat/completions", Http.chatRequest("hi"), "sk-test")
                        .status())
                .isEqualTo(200);
        assertThat(output())
                .contains("MockApis server started", "openai", openAi, "admin      http://127.0.0.1:" + adminPort);

        server.destroy();

        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(143);
        assertThat(output()).contains("MockApis server stopped");
        int openAiPort = urls.path("apis").path("openai").path("port").asInt();
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), openAiPort).close())
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void aWrongCommandLineExitsWithTwoAndTheUsage() throws Exception {
        Process server = launch("--apis", "mistral");

        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isEqualTo(2);
        assertThat(Files.readString(directory.resolve("stderr.txt")))
                .contains("Unknown api 'mistral'", "Usage: java -jar mock-server.jar");
    }

    @Test
    void helpPrintsTheUsage() throws Exception {
        Process server = launch("--help");

        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(server.exitValue()).isZero();
        assertThat(output()).contains("--apis LIST", "--scenarios DIR", "--urls-file PATH");
    }

    private Process launch(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                System.getProperty("mockapis.server.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectOutput(directory.resolve("stdout.txt").toFile())
                .redirectError(directory.resolve("stderr.txt").toFile())
                .start();
        launched.add(process);
        return process;
    }

    private String output() throws IOException {
        return Files.readString(directory.resolve("stdout.txt"));
    }
}
