package dev.mockapis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockServerTests {

    private static final String SLOW_DOWN = """
            description: Chat completions are rate limited
            rules:
              - operation: chat.completions.create
                steps:
                  - error: { status: 429, code: rate_limit_exceeded, message: Slow down }
            """;

    @TempDir
    Path directory;

    private MockServer server;
    private Path urlsFile;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectories(directory.resolve("scenarios/openai"));
        Files.writeString(directory.resolve("scenarios/openai/slow_down.yaml"), SLOW_DOWN);
        urlsFile = directory.resolve("out/urls.json");
        server = MockServer.start(
                "--apis",
                "openai,twilio",
                "--scenarios",
                directory.resolve("scenarios").toString(),
                "--urls-file",
                urlsFile.toString());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void startsTheChosenFakesAndAnswersHealth() {
        Http.Answer health = Http.get(server.adminUrl() + "/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asText()).isEqualTo("UP");
        assertThat(health.json().path("apis")).extracting(JsonNode::asText).containsExactly("openai", "twilio");
        assertThat(server.baseUrl("openai")).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        assertThat(server.baseUrl("twilio")).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThatThrownBy(() -> server.baseUrl("gemini"))
                .hasMessage("No running api named 'gemini'; running: openai, twilio");
    }

    @Test
    void writesTheUrlsFileAsJson() throws IOException {
        JsonNode urls = Http.JSON.readTree(Files.readString(urlsFile));

        assertThat(urls.path("admin").asText()).isEqualTo(server.adminUrl());
        assertThat(urls.path("apis").path("openai").path("baseUrl").asText()).isEqualTo(server.baseUrl("openai"));
        assertThat(urls.path("apis").path("twilio").path("accountSid").asText()).startsWith("AC");
        assertThat(urls).isEqualTo(Http.get(server.adminUrl() + "/admin/apis").json());
    }

    @Test
    void selectsAScenarioFromTheDirectory() {
        Http.Answer selected =
                Http.postJson(server.adminUrl() + "/admin/apis/openai/scenario", "{\"name\":\"slow_down\"}");
        Http.Answer chat =
                Http.postJson(server.baseUrl("openai") + "/chat/completions", Http.chatRequest("hi"), "sk-test");

        assertThat(selected.status()).isEqualTo(200);
        assertThat(selected.json().path("active").asText()).isEqualTo("slow_down");
        assertThat(chat.status()).isEqualTo(429);
        assertThat(chat.json().path("error").path("code").asText()).isEqualTo("rate_limit_exceeded");
    }

    @Test
    void anUnknownScenarioIsRefusedNamingTheKnownOnes() {
        Http.Answer refused = Http.postJson(server.adminUrl() + "/admin/apis/openai/scenario", "{\"name\":\"slow\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText())
                .startsWith("No openai scenario named 'slow'; known: successful_conversation, tool_usage")
                .contains("slow_down");
        assertThat(Http.get(server.adminUrl() + "/admin/apis/openai/scenario")
                        .json()
                        .path("active")
                        .asText())
                .isEqualTo("successful_conversation");
    }

    @Test
    void showsTheInteractionLogWithSecretsRedacted() throws IOException {
        Http.postJson(
                server.baseUrl("openai") + "/chat/completions",
                Http.chatRequest("Where is my order?"),
                "sk-secret-key");

        JsonNode log =
                Http.get(server.adminUrl() + "/admin/apis/openai/interactions").json();

        assertThat(log.path("operations")).extracting(JsonNode::asText).containsExactly("chat.completions.create");
        JsonNode call = log.path("interactions").get(0);
        assertThat(call.path("status").asInt()).isEqualTo(200);
        assertThat(call.path("path").asText()).isEqualTo("/v1/chat/completions");
        assertThat(call.path("headers").path("Authorization").get(0).asText()).isEqualTo("Bearer <redacted>");
        assertThat(call.toString()).doesNotContain("sk-secret-key");
        assertThat(call.path("body").path("messages").get(0).path("content").asText())
                .isEqualTo("Where is my order?");
        assertThat(Http.JSON
                        .readTree(call.path("responseBody").asText())
                        .path("object")
                        .asText())
                .isEqualTo("chat.completion");
    }

    @Test
    void clearsTheInteractionLog() {
        Http.postJson(server.baseUrl("openai") + "/chat/completions", Http.chatRequest("hi"), "sk-test");

        Http.Answer cleared = Http.delete(server.adminUrl() + "/admin/apis/openai/interactions");

        assertThat(cleared.status()).isEqualTo(204);
        assertThat(Http.get(server.adminUrl() + "/admin/apis/openai/interactions")
                        .json()
                        .path("interactions"))
                .isEmpty();
    }

    @Test
    void resetBringsEveryFakeBackToItsDefaultScenarioAndAnEmptyLog() {
        Http.postJson(server.adminUrl() + "/admin/apis/openai/scenario", "{\"name\":\"slow_down\"}");
        Http.postJson(server.baseUrl("openai") + "/chat/completions", Http.chatRequest("hi"), "sk-test");

        Http.Answer reset = Http.postJson(server.adminUrl() + "/admin/reset", "");

        assertThat(reset.status()).isEqualTo(204);
        assertThat(Http.get(server.adminUrl() + "/admin/apis/openai/scenario")
                        .json()
                        .path("active")
                        .asText())
                .isEqualTo("successful_conversation");
        assertThat(Http.get(server.adminUrl() + "/admin/apis/openai/interactions")
                        .json()
                        .path("interactions"))
                .isEmpty();
        assertThat(Http.postJson(server.baseUrl("openai") + "/chat/completions", Http.chatRequest("hi"), "sk-test")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void refusesWhatItCannotDoWithJsonErrors() {
        Http.Answer unknownApi = Http.get(server.adminUrl() + "/admin/apis/gemini/interactions");
        Http.Answer wrongMethod = Http.delete(server.adminUrl() + "/admin/reset");
        Http.Answer notJson = Http.postJson(server.adminUrl() + "/admin/apis/openai/scenario", "{name:");
        Http.Answer noName = Http.postJson(server.adminUrl() + "/admin/apis/openai/scenario", "{}");
        Http.Answer nowhere = Http.get(server.adminUrl() + "/admin/nothing");

        assertThat(unknownApi.status()).isEqualTo(404);
        assertThat(unknownApi.json().path("error").asText())
                .isEqualTo("No running api named 'gemini'; running: openai, twilio");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.response().headers().firstValue("Allow")).contains("POST");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.json().path("error").asText()).startsWith("The body is not valid JSON");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().path("error").asText()).isEqualTo("The body needs a text field 'name'");
        assertThat(nowhere.status()).isEqualTo(404);
    }

    @Test
    void aFakeStartsOnTheFixedPortAskedFor() {
        int port = Http.freePort();

        try (MockServer fixed = MockServer.start("--apis", "openai", "--port", "openai=" + port)) {
            assertThat(fixed.baseUrl("openai")).isEqualTo("http://127.0.0.1:" + port + "/v1");
            assertThat(Http.postJson(fixed.baseUrl("openai") + "/chat/completions", Http.chatRequest("hi"), "sk-test")
                            .status())
                    .isEqualTo(200);
        }
    }

    @Test
    void aTakenPortStopsTheStartNamingIt() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThatThrownBy(() ->
                            MockServer.start("--apis", "openai,twilio", "--port", "openai=" + taken.getLocalPort()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("Could not start the openai fake on port " + taken.getLocalPort());
        }
    }

    @Test
    void aMistakeInAScenarioFileStopsTheStartNamingTheFile() throws IOException {
        Path broken = directory.resolve("broken");
        Files.createDirectories(broken.resolve("openai"));
        Files.writeString(
                broken.resolve("openai/typo.yaml"), "rules:\n  - operation: chat.completion.create\n    steps: []\n");

        assertThatThrownBy(() -> MockServer.start("--apis", "openai", "--scenarios", broken.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("typo.yaml");
    }

    @Test
    void aScenarioDirectoryNamingNoApiIsRefused() throws IOException {
        Path misspelt = directory.resolve("misspelt");
        Files.createDirectories(misspelt.resolve("open-ai"));

        assertThatThrownBy(() -> MockServer.start("--scenarios", misspelt.toString()))
                .hasMessageContaining("has directories that name no api: open-ai");
    }
}
