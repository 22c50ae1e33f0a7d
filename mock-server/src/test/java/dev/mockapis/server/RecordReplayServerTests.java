package dev.mockapis.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.FakeServer;
import dev.mockapis.openai.OpenAiFake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Record and replay through the standalone server's admin API: an OpenAI fake plays the real OpenAI;
 * a client names a recording, chats through the server in record mode, stops it, and later gets the
 * same answers from a server that replays it with that OpenAI gone.
 */
class RecordReplayServerTests {

    private static final String REAL_KEY = "sk-real-0123456789abcdef";
    private static final List<String> PROPERTIES =
            List.of("mockapis.openai.upstream.url", "mockapis.openai.upstream.api-key");

    @TempDir
    Path recordings;

    @AfterEach
    void clearProperties() {
        PROPERTIES.forEach(System::clearProperty);
    }

    @Test
    void aNamedRecordingIsWrittenWithoutTheKeyThenReplayedWithTheProviderGone() throws IOException {
        String recordedId;
        try (FakeServer realOpenAi = FakeServer.start(new OpenAiFake(Clock.systemUTC()))) {
            System.setProperty("mockapis.openai.upstream.url", realOpenAi.baseUrl());
            System.setProperty("mockapis.openai.upstream.api-key", REAL_KEY);
            try (MockServer recorder = start("--mode", "openai=record")) {
                Http.Answer started =
                        Http.postJson(recorder.adminUrl() + "/admin/recordings", "{\"name\":\"greeting/hello\"}");
                assertThat(started.status()).isEqualTo(201);
                assertThat(started.json().at("/apis/openai/mode").asText()).isEqualTo("record");

                Http.Answer chat = Http.postJson(
                        recorder.baseUrl("openai") + "/chat/completions", Http.chatRequest("Hello"), "sk-test");
                recordedId = chat.json().path("id").asText();

                Http.Answer stopped = Http.postJson(recorder.adminUrl() + "/admin/recordings/stop", "{}");
                assertThat(stopped.status()).isEqualTo(200);
                assertThat(stopped.json().path("problems")).isEmpty();
                assertThat(stopped.json().at("/written/openai").asText())
                        .isEqualTo(recordings
                                .resolve("greeting/hello/openai.yaml")
                                .toAbsolutePath()
                                .toString());
            }
            assertThat(realOpenAi.interactions().operations()).containsExactly("chat.completions.create");
        }
        assertThat(recordedId).startsWith("chatcmpl-");
        assertThat(Files.readString(recordings.resolve("greeting/hello/openai.yaml")))
                .contains(recordedId)
                .doesNotContain(REAL_KEY);

        PROPERTIES.forEach(System::clearProperty);
        try (MockServer replayer = start()) {
            Http.Answer started =
                    Http.postJson(replayer.adminUrl() + "/admin/recordings", "{\"name\":\"greeting/hello\"}");
            assertThat(started.json().at("/apis/openai/mode").asText()).isEqualTo("replay");

            Http.Answer same = Http.postJson(
                    replayer.baseUrl("openai") + "/chat/completions", Http.chatRequest("Hello"), "sk-test");
            Http.Answer other =
                    Http.postJson(replayer.baseUrl("openai") + "/chat/completions", Http.chatRequest("Bye"), "sk-test");
            Http.Answer stopped = Http.postJson(replayer.adminUrl() + "/admin/recordings/stop", "{}");

            assertThat(same.json().path("id").asText()).isEqualTo(recordedId);
            assertThat(other.status()).isGreaterThanOrEqualTo(400);
            assertThat(stopped.json().path("written")).isEmpty();
            assertThat(stopped.json().path("problems"))
                    .singleElement()
                    .extracting(JsonNode::asText)
                    .asString()
                    .contains("chat.completions.create", "Bye");
        }
    }

    @Test
    void withoutARecordingTheFakeAnswersAndTheAdminApiSaysWhy() {
        try (MockServer server = start()) {
            Http.Answer described = Http.get(server.adminUrl() + "/admin/recordings");
            assertThat(described.json().path("active").isNull()).isTrue();
            assertThat(described.json().at("/modes/openai").asText()).isEqualTo("auto");

            Http.Answer started =
                    Http.postJson(server.adminUrl() + "/admin/recordings", "{\"name\":\"never-recorded\"}");
            assertThat(started.status()).isEqualTo(201);
            assertThat(started.json().path("apis")).isEmpty();
            assertThat(Http.postJson(server.baseUrl("openai") + "/chat/completions", Http.chatRequest("Hi"), "sk-test")
                            .status())
                    .isEqualTo(200);

            Http.Answer twice = Http.postJson(server.adminUrl() + "/admin/recordings", "{\"name\":\"again\"}");
            assertThat(twice.status()).isEqualTo(409);
            assertThat(twice.json().path("error").asText()).contains("'never-recorded' is still going");

            assertThat(Http.postJson(server.adminUrl() + "/admin/recordings/stop", "{}")
                            .status())
                    .isEqualTo(200);
            Http.Answer notGoing = Http.postJson(server.adminUrl() + "/admin/recordings/stop", "{}");
            assertThat(notGoing.status()).isEqualTo(409);
            assertThat(notGoing.json().path("error").asText()).contains("No recording is going");
        }
    }

    @Test
    void aNameThatLeavesTheDirectoryIsRefused() {
        try (MockServer server = start()) {
            Http.Answer refused = Http.postJson(server.adminUrl() + "/admin/recordings", "{\"name\":\"../outside\"}");

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().path("error").asText()).contains("'../outside' is no recording name");
        }
    }

    @Test
    void replayModeWithoutARecordingIsAConflictNamingTheFile() {
        try (MockServer server = start("--mode", "replay")) {
            Http.Answer refused = Http.postJson(server.adminUrl() + "/admin/recordings", "{\"name\":\"missing\"}");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().path("error").asText())
                    .contains("mockapis.openai.mode=replay", "missing/openai.yaml", "mode=record");
        }
    }

    private MockServer start(String... more) {
        List<String> args =
                new java.util.ArrayList<>(List.of("--apis", "openai", "--recordings", recordings.toString()));
        args.addAll(List.of(more));
        return MockServer.start(args.toArray(String[]::new));
    }
}
