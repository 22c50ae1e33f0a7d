package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.BatchJob;
import com.google.genai.types.BatchJobSource;
import com.google.genai.types.Content;
import com.google.genai.types.CountTokensResponse;
import com.google.genai.types.CreateBatchJobConfig;
import com.google.genai.types.File;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateVideosConfig;
import com.google.genai.types.GenerateVideosOperation;
import com.google.genai.types.GenerateVideosSource;
import com.google.genai.types.GeneratedVideo;
import com.google.genai.types.InlinedRequest;
import com.google.genai.types.InlinedResponse;
import com.google.genai.types.JobState;
import com.google.genai.types.Part;
import com.google.genai.types.UploadFileConfig;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.ConversationMatchers;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeminiFilesBatchesAndVideosTests {

    private static final String POLICY =
            "Refunds are granted within thirty days of purchase when the receipt is shown at the counter.";

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @TempDir
    Path downloads;

    @AfterEach
    void stop() {
        server.close();
    }

    private File upload(String text, String mimeType, String displayName) {
        return client.files.upload(
                text.getBytes(StandardCharsets.UTF_8),
                UploadFileConfig.builder()
                        .mimeType(mimeType)
                        .displayName(displayName)
                        .build());
    }

    @Test
    void aResumableUploadIsUsedInAPromptCountedInItsTokensAndDeleted() {
        File file = upload(POLICY, "text/plain", "policy");
        assertThat(file.name()).hasValueSatisfying(name -> assertThat(name).matches("files/[a-z0-9]{12}"));
        assertThat(file.sizeBytes()).contains((long) POLICY.length());
        assertThat(file.mimeType()).contains("text/plain");
        assertThat(file.displayName()).contains("policy");
        assertThat(file.state())
                .hasValueSatisfying(state -> assertThat(state.toString()).isEqualTo("ACTIVE"));
        String name = file.name().orElseThrow();
        assertThat(client.files.get(name, null).uri()).isEqualTo(file.uri());
        assertThat(client.files.list(null))
                .extracting(listed -> listed.name().orElseThrow())
                .containsExactly(name);

        Content withFile = Content.fromParts(
                Part.fromUri(file.uri().orElseThrow(), "text/plain"), Part.fromText("What does the policy say?"));
        GenerateContentResponse answer = client.models.generateContent(GeminiClients.MODEL, List.of(withFile), null);
        CountTokensResponse counted = client.models.countTokens(GeminiClients.MODEL, List.of(withFile), null);
        CountTokensResponse questionOnly =
                client.models.countTokens(GeminiClients.MODEL, "What does the policy say?", null);
        assertThat(answer.usageMetadata().orElseThrow().promptTokenCount()).isEqualTo(counted.totalTokens());
        assertThat(counted.totalTokens().orElseThrow())
                .isGreaterThan(questionOnly.totalTokens().orElseThrow() + 10);

        client.files.delete(name, null);
        assertThatThrownBy(() -> client.files.get(name, null))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> {
                    assertThat(e.code()).isEqualTo(403);
                    assertThat(e.message())
                            .isEqualTo("You do not have permission to access the File "
                                    + name.substring("files/".length()) + " or it may not exist.");
                });
        assertThatThrownBy(() -> client.models.generateContent(GeminiClients.MODEL, List.of(withFile), null))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(403));
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .startsWith("files.upload", "files.upload", "files.get", "files.list");
    }

    @Test
    void anInlineBatchAdvancesPerPollAndAnswersEachRequestUnderTheActiveScenario() {
        server.useScenario(Scenario.builder("batch_rules")
                .rule(Rule.on("models.generate_content")
                        .when(ConversationMatchers.userTextContains("refund"))
                        .fail(GeminiErrors.of(Failure.OVERLOADED))
                        .build())
                .rule(Rule.on("models.generate_content")
                        .proceedWith(Reply.text("Scripted for the batch."))
                        .build())
                .build());
        BatchJob batch = client.batches.create(
                GeminiClients.MODEL,
                BatchJobSource.builder()
                        .inlinedRequests(List.of(
                                InlinedRequest.builder()
                                        .contents(List.of(Content.fromParts(Part.fromText("Hello there"))))
                                        .metadata(Map.of("id", "greeting"))
                                        .build(),
                                InlinedRequest.builder()
                                        .contents(List.of(Content.fromParts(Part.fromText("I want a refund"))))
                                        .metadata(Map.of("id", "refund"))
                                        .build()))
                        .build(),
                CreateBatchJobConfig.builder().displayName("nightly").build());
        assertThat(batch.state()).contains(new JobState(JobState.Known.JOB_STATE_PENDING));
        assertThat(batch.displayName()).contains("nightly");
        assertThat(batch.model()).contains("models/gemini-2.5-flash");
        String name = batch.name().orElseThrow();
        assertThat(name).matches("batches/[a-z0-9]{40}");

        assertThat(client.batches.get(name, null).state()).contains(new JobState(JobState.Known.JOB_STATE_RUNNING));
        BatchJob done = client.batches.get(name, null);

        assertThat(done.state()).contains(new JobState(JobState.Known.JOB_STATE_SUCCEEDED));
        assertThat(done.endTime()).isPresent();
        List<InlinedResponse> responses =
                done.dest().orElseThrow().inlinedResponses().orElseThrow();
        assertThat(responses).hasSize(2);
        assertThat(responses.get(0).response().orElseThrow().text()).isEqualTo("Scripted for the batch.");
        assertThat(responses.get(0).metadata()).contains(Map.of("id", "greeting"));
        assertThat(responses.get(1).error())
                .hasValueSatisfying(error -> assertThat(error.code()).contains(503));
        assertThat(client.batches.list(null))
                .extracting(job -> job.name().orElseThrow())
                .containsExactly(name);
        client.batches.delete(name, null);
        assertThatThrownBy(() -> client.batches.get(name, null))
                .asInstanceOf(type(ClientException.class))
                .satisfies(e -> assertThat(e.code()).isEqualTo(404));
        assertThat(server.interactions().all())
                .filteredOn(call -> "models.generate_content".equals(call.operationId()))
                .hasSize(2)
                .allSatisfy(call ->
                        assertThat(call.headers().all("X-MockApis-Batch-Id")).containsExactly(name));
    }

    @Test
    void aFileBatchWritesItsResponsesToADownloadableFileAndACancelledBatchRunsNothing() throws Exception {
        File input = upload("""
                {"key": "first", "request": {"contents": [{"parts": [{"text": "Say one"}], "role": "user"}]}}
                {"key": "second", "request": {"contents": [{"parts": [{"text": "Say two"}], "role": "user"}]}}
                """, "application/jsonl", "requests");
        String name = client.batches
                .create(
                        GeminiClients.MODEL,
                        BatchJobSource.builder()
                                .fileName(input.name().orElseThrow())
                                .build(),
                        null)
                .name()
                .orElseThrow();
        BatchJob done = client.batches.get(name, null);
        while (!done.state().orElseThrow().knownEnum().equals(JobState.Known.JOB_STATE_SUCCEEDED)) {
            done = client.batches.get(name, null);
        }
        String output = done.dest().orElseThrow().fileName().orElseThrow();
        client.files.download(output, downloads.resolve("out.jsonl").toString(), null);

        List<String> lines = Files.readAllLines(downloads.resolve("out.jsonl"));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"key\":\"first\"").contains("You said: \\\"Say one\\\"");
        assertThat(lines.get(1)).contains("\"key\":\"second\"");

        BatchJob other = client.batches.create(
                GeminiClients.MODEL,
                BatchJobSource.builder().fileName(input.name().orElseThrow()).build(),
                null);
        client.batches.cancel(other.name().orElseThrow(), null);
        assertThat(client.batches.get(other.name().orElseThrow(), null).state())
                .contains(new JobState(JobState.Known.JOB_STATE_CANCELLED));
    }

    @Test
    void aVideoOperationIsDoneOnItsSecondPollWithADownloadableVideo() throws Exception {
        GenerateVideosOperation operation = client.models.generateVideos(
                "veo-3.0-generate-001",
                GenerateVideosSource.builder().prompt("A cat surfing").build(),
                GenerateVideosConfig.builder().numberOfVideos(2).build());
        assertThat(operation.name())
                .hasValueSatisfying(name -> assertThat(name).startsWith("models/veo-3.0-generate-001/operations/"));
        assertThat(operation.done()).isNotEqualTo(java.util.Optional.of(true));

        operation = client.operations.getVideosOperation(operation, null);
        assertThat(operation.done()).isNotEqualTo(java.util.Optional.of(true));
        operation = client.operations.getVideosOperation(operation, null);

        assertThat(operation.done()).contains(true);
        List<GeneratedVideo> videos =
                operation.response().orElseThrow().generatedVideos().orElseThrow();
        assertThat(videos).hasSize(2);
        client.files.download(videos.get(0), downloads.resolve("cat.mp4").toString(), null);
        byte[] video = Files.readAllBytes(downloads.resolve("cat.mp4"));
        assertThat(new String(video, 4, 4, StandardCharsets.ISO_8859_1)).isEqualTo("ftyp");
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsExactly("models.generate_videos", "operations.get", "operations.get", "files.download");
    }
}
