package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.core.http.HttpResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.batches.Batch;
import com.openai.models.batches.BatchCreateParams;
import com.openai.models.files.FileCreateParams;
import com.openai.models.files.FileListParams;
import com.openai.models.files.FileObject;
import com.openai.models.files.FilePurpose;
import com.openai.models.uploads.Upload;
import com.openai.models.uploads.UploadCompleteParams;
import com.openai.models.uploads.UploadCreateParams;
import com.openai.models.uploads.parts.PartCreateParams;
import com.openai.models.uploads.parts.UploadPart;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesAndBatchesTests {

    private static final String REQUESTS = """
            {"custom_id": "greeting", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}]}}
            {"custom_id": "farewell", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Goodbye"}]}}
            """;

    private static FakeServer openai;
    private static OpenAIClient client;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
        client = OpenAiFakeSupport.client(openai);
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    @AfterEach
    void reset() {
        openai.reset();
    }

    @Test
    void anUploadedFileIsKeptByteForByteListedRetrievedAndDeleted() {
        byte[] bytes = {0, 1, 2, (byte) 0xff, '\r', '\n', '-', '-', 'x'};
        FileObject file = client.files()
                .create(FileCreateParams.builder()
                        .file(write("notes.bin", bytes))
                        .purpose(FilePurpose.USER_DATA)
                        .build());
        SpecSchemas.assertValid("OpenAIFile", SpecSchemas.lastResponseBody(openai));
        FileObject batchFile = upload("requests.jsonl", REQUESTS);

        assertThat(file.id()).matches("file-[A-Za-z0-9]{22}");
        assertThat(file.filename()).isEqualTo("notes.bin");
        assertThat(file.bytes()).isEqualTo(bytes.length);
        assertThat(file.purpose()).isEqualTo(FileObject.Purpose.USER_DATA);
        assertThat(file.status()).isEqualTo(FileObject.Status.PROCESSED);
        assertThat(batchFile.expiresAt()).hasValue(batchFile.createdAt() + 30L * 24 * 3600);
        assertThat(content(file.id())).isEqualTo(bytes);
        assertThat(client.files().retrieve(file.id())).isEqualTo(file);

        assertThat(client.files().list().autoPager().stream().map(FileObject::id))
                .containsExactly(batchFile.id(), file.id());
        SpecSchemas.assertValid("ListFilesResponse", SpecSchemas.lastResponseBody(openai));
        assertThat(client.files()
                        .list(FileListParams.builder().purpose("batch").build())
                        .data())
                .extracting(FileObject::id)
                .containsExactly(batchFile.id());

        assertThat(client.files().delete(file.id()).deleted()).isTrue();
        SpecSchemas.assertValid("DeleteFileResponse", SpecSchemas.lastResponseBody(openai));
        assertThatThrownBy(() -> client.files().retrieve(file.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No such File object: " + file.id());
    }

    @Test
    void aBatchFileMustBeJsonlAndAnAssistantsFileCannotBeDownloaded() {
        assertThatThrownBy(() -> client.files()
                        .create(FileCreateParams.builder()
                                .file(write("requests.txt", REQUESTS.getBytes(StandardCharsets.UTF_8)))
                                .purpose(FilePurpose.BATCH)
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Must be .jsonl");
        FileObject knowledge = client.files()
                .create(FileCreateParams.builder()
                        .file(write("faq.txt", "We open at 9.".getBytes(StandardCharsets.UTF_8)))
                        .purpose(FilePurpose.ASSISTANTS)
                        .build());

        assertThatThrownBy(() -> content(knowledge.id()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Not allowed to download files of purpose: assistants.");
    }

    @Test
    void anUploadInPartsBecomesOneFile() {
        byte[] first = "{\"custom_id\": \"a\", ".getBytes(StandardCharsets.UTF_8);
        byte[] second = "\"method\": \"POST\"}\n".getBytes(StandardCharsets.UTF_8);
        Upload upload = client.uploads()
                .create(UploadCreateParams.builder()
                        .filename("big.jsonl")
                        .purpose(FilePurpose.BATCH)
                        .bytes(first.length + second.length)
                        .mimeType("application/jsonl")
                        .build());
        SpecSchemas.assertValid("Upload", SpecSchemas.lastResponseBody(openai));
        UploadPart one = client.uploads()
                .parts()
                .create(PartCreateParams.builder()
                        .uploadId(upload.id())
                        .data(write("part1", first))
                        .build());
        UploadPart two = client.uploads()
                .parts()
                .create(PartCreateParams.builder()
                        .uploadId(upload.id())
                        .data(write("part2", second))
                        .build());

        Upload completed = client.uploads()
                .complete(UploadCompleteParams.builder()
                        .uploadId(upload.id())
                        .partIds(List.of(one.id(), two.id()))
                        .build());

        SpecSchemas.assertValid("Upload", SpecSchemas.lastResponseBody(openai));
        assertThat(completed.status()).isEqualTo(Upload.Status.COMPLETED);
        FileObject file = completed.file().orElseThrow();
        assertThat(new String(content(file.id()), StandardCharsets.UTF_8))
                .isEqualTo("{\"custom_id\": \"a\", \"method\": \"POST\"}\n");
    }

    @Test
    void aBatchRunsItsUploadedRequestsThroughTheFakeOneStatusPerRetrieve() {
        // openai-java-example's BatchProcessingExample, with a request file the Batch API accepts
        FileObject file = upload("requests.jsonl", REQUESTS);
        Batch batch = client.batches()
                .create(BatchCreateParams.builder()
                        .inputFileId(file.id())
                        .endpoint(BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS)
                        .completionWindow(BatchCreateParams.CompletionWindow._24H)
                        .build());
        SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai));
        List<Batch.Status> statuses = new ArrayList<>(List.of(batch.status()));
        while (batch.outputFileId().isEmpty() && statuses.size() < 10) {
            batch = client.batches().retrieve(batch.id());
            SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai));
            statuses.add(batch.status());
        }
        while (!batch.status().equals(Batch.Status.COMPLETED) && statuses.size() < 10) {
            batch = client.batches().retrieve(batch.id());
            statuses.add(batch.status());
        }

        assertThat(batch.id()).matches("batch_[0-9a-f]{32}");
        assertThat(statuses)
                .containsExactly(
                        Batch.Status.VALIDATING,
                        Batch.Status.IN_PROGRESS,
                        Batch.Status.FINALIZING,
                        Batch.Status.COMPLETED);
        assertThat(batch.requestCounts().orElseThrow().completed()).isEqualTo(2);
        assertThat(batch.model()).hasValue("gpt-4o-mini");
        assertThat(batch.usage().orElseThrow().totalTokens()).isPositive();
        assertThat(batch.errorFileId()).isEmpty();
        List<JsonNode> output = lines(batch.outputFileId().orElseThrow());
        assertThat(output).extracting(line -> line.get("custom_id").asText()).containsExactly("greeting", "farewell");
        assertThat(output.get(0).at("/response/status_code").asInt()).isEqualTo(200);
        assertThat(output.get(0).at("/response/body/object").asText()).isEqualTo("chat.completion");
        assertThat(output.get(0).at("/response/body/choices/0/message/content").asText())
                .isEqualTo("You said: \"Hello\"");
        assertThat(output.get(0).get("id").asText()).startsWith("batch_req_");
        assertThat(openai.interactions()
                        .where(call ->
                                call.headers().first(BatchRunner.BATCH_HEADER).isPresent()))
                .extracting(Interaction::operationId)
                .containsExactly("chat.completions.create", "chat.completions.create");
        assertThat(client.batches().list().data()).extracting(Batch::id).containsExactly(batch.id());
        SpecSchemas.assertValid("ListBatchesResponse", SpecSchemas.lastResponseBody(openai));
    }

    @Test
    void eachRequestLineGetsWhatTheActiveScenarioAnswersAndFailuresGoToTheErrorFile() {
        openai.useScenario(dev.mockapis.core.Scenario.builder("second_fails")
                .on(
                        "chat.completions.create",
                        rule -> rule.proceedWith(Reply.text("First answer"))
                                .fail(OpenAiScenarios.contextLengthExceeded("chat.completions.create")))
                .build());
        Batch batch =
                completed(create(upload("requests.jsonl", REQUESTS), BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS));

        assertThat(batch.status()).isEqualTo(Batch.Status.COMPLETED);
        assertThat(batch.requestCounts().orElseThrow().completed()).isEqualTo(1);
        assertThat(batch.requestCounts().orElseThrow().failed()).isEqualTo(1);
        assertThat(lines(batch.outputFileId().orElseThrow())
                        .get(0)
                        .at("/response/body/choices/0/message/content")
                        .asText())
                .isEqualTo("First answer");
        JsonNode failed = lines(batch.errorFileId().orElseThrow()).get(0);
        assertThat(failed.get("custom_id").asText()).isEqualTo("farewell");
        assertThat(failed.at("/response/status_code").asInt()).isEqualTo(400);
        assertThat(failed.at("/response/body/error/code").asText()).isEqualTo("context_length_exceeded");
    }

    @Test
    void theExamplesRequestFileWithoutCustomIdsFailsValidationNamingTheLines() {
        // requests.jsonl as openai-java-example ships it: bodies only, no custom_id, method or url
        FileObject file = upload("requests.jsonl", """
                {"model": "gpt-4", "messages": [{"role": "user", "content": "Hello"}]}
                {"model": "gpt-4", "messages": [{"role": "user", "content": "World"}]}
                """);
        Batch batch = client.batches()
                .retrieve(create(file, BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS)
                        .id());

        assertThat(batch.status()).isEqualTo(Batch.Status.FAILED);
        assertThat(batch.failedAt()).isPresent();
        assertThat(batch.errors().orElseThrow().data().orElseThrow())
                .extracting(
                        error -> error.line().orElseThrow(),
                        error -> error.code().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "missing_required_parameter"),
                        org.assertj.core.groups.Tuple.tuple(2L, "missing_required_parameter"));
        SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai));
    }

    @Test
    void theBatchScenariosFailExpireAndCancel() {
        FileObject file = upload("requests.jsonl", REQUESTS);

        openai.useScenario(OpenAiScenarios.BATCH_FAILED);
        Batch failed = completed(create(file, BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS));
        assertThat(failed.status()).isEqualTo(Batch.Status.FAILED);
        assertThat(failed.errors().orElseThrow().data().orElseThrow().get(0).code())
                .hasValue("token_limit_exceeded");

        openai.useScenario(OpenAiScenarios.BATCH_EXPIRED);
        Batch expired = completed(create(file, BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS));
        assertThat(expired.status()).isEqualTo(Batch.Status.EXPIRED);
        assertThat(expired.outputFileId()).isEmpty();
        assertThat(lines(expired.errorFileId().orElseThrow()))
                .extracting(line -> line.at("/error/code").asText())
                .containsExactly("batch_expired", "batch_expired");

        openai.useScenario(ScenarioFiles.read("cancelled.yaml", """
                rules:
                  - operation: batches.create
                    steps:
                      - proceed: { batch: cancelled }
                """, openai.api()));
        Batch cancelled = completed(create(file, BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS));
        assertThat(cancelled.status()).isEqualTo(Batch.Status.CANCELLED);
        assertThat(cancelled.cancellingAt()).isPresent();
        assertThat(openai.interactions().operations()).doesNotContain("chat.completions.create");
    }

    @Test
    void cancellingABatchStopsItBeforeItsRequestsRun() {
        Batch batch = create(upload("requests.jsonl", REQUESTS), BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS);

        assertThat(client.batches().cancel(batch.id()).status()).isEqualTo(Batch.Status.CANCELLING);
        assertThat(client.batches().retrieve(batch.id()).status()).isEqualTo(Batch.Status.CANCELLED);
        assertThat(client.batches().retrieve(batch.id()).cancelledAt()).isPresent();
        assertThatThrownBy(() -> client.batches().retrieve("batch_nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void embeddingsAndModerationsBatchToo() {
        FileObject file = upload("embed.jsonl", """
                {"custom_id": "e1", "method": "POST", "url": "/v1/embeddings", "body": {"model": "text-embedding-3-small", "input": "roses"}}
                """);
        Batch batch = completed(create(file, BatchCreateParams.Endpoint.V1_EMBEDDINGS));

        JsonNode line = lines(batch.outputFileId().orElseThrow()).get(0);
        assertThat(line.at("/response/body/data/0/embedding")).hasSize(1536);
        assertThat(batch.usage().orElseThrow().inputTokens()).isPositive();
    }

    private Batch create(FileObject file, BatchCreateParams.Endpoint endpoint) {
        return client.batches()
                .create(BatchCreateParams.builder()
                        .inputFileId(file.id())
                        .endpoint(endpoint)
                        .completionWindow(BatchCreateParams.CompletionWindow._24H)
                        .build());
    }

    /** Polls until the batch reaches a final status. */
    private static Batch completed(Batch batch) {
        for (int i = 0; i < 10; i++) {
            batch = client.batches().retrieve(batch.id());
            SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai));
            if (List.of(Batch.Status.COMPLETED, Batch.Status.FAILED, Batch.Status.EXPIRED, Batch.Status.CANCELLED)
                    .contains(batch.status())) {
                return batch;
            }
        }
        throw new AssertionError("The batch never finished: " + batch);
    }

    private FileObject upload(String name, String content) {
        return client.files()
                .create(FileCreateParams.builder()
                        .file(write(name, content.getBytes(StandardCharsets.UTF_8)))
                        .purpose(FilePurpose.BATCH)
                        .build());
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] content(String fileId) {
        try (HttpResponse response = client.files().content(fileId)) {
            return response.body().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> lines(String fileId) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(content(fileId), StandardCharsets.UTF_8).split("\n")) {
            try {
                lines.add(JsonSupport.mapper().readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
