package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.mockapis.core.Interaction;
import dev.mockapis.core.ScenarioFiles;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FilesAndBatchesTests {

    @RegisterExtension
    static final OpenAiFakeExtension openai = new OpenAiFakeExtension();

    private static final String REQUESTS = """
            {"custom_id": "greeting", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hello"}]}}
            {"custom_id": "farewell", "method": "POST", "url": "/v1/chat/completions", "body": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Goodbye"}]}}
            """;

    @Test
    void anUploadedFileIsKeptByteForByteListedRetrievedAndDeleted() {
        byte[] bytes = {0, 1, 2, (byte) 0xff, '\r', '\n', '-', '-', 'x'};
        FileObject file = openai.client()
                .files()
                .create(FileCreateParams.builder()
                        .file(openai.write("notes.bin", bytes))
                        .purpose(FilePurpose.USER_DATA)
                        .build());
        SpecSchemas.assertValid("OpenAIFile", SpecSchemas.lastResponseBody(openai.server()));
        FileObject batchFile = upload("requests.jsonl", REQUESTS);

        assertThat(file.id()).matches("file-[A-Za-z0-9]{22}");
        assertThat(file.filename()).isEqualTo("notes.bin");
        assertThat(file.bytes()).isEqualTo(bytes.length);
        assertThat(file.purpose()).isEqualTo(FileObject.Purpose.USER_DATA);
        assertThat(file.status()).isEqualTo(FileObject.Status.PROCESSED);
        assertThat(batchFile.expiresAt()).hasValue(batchFile.createdAt() + 30L * 24 * 3600);
        assertThat(openai.content(file.id())).isEqualTo(bytes);
        assertThat(openai.client().files().retrieve(file.id())).isEqualTo(file);

        assertThat(openai.client().files().list().autoPager().stream().map(FileObject::id))
                .containsExactly(batchFile.id(), file.id());
        SpecSchemas.assertValid("ListFilesResponse", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(openai.client()
                        .files()
                        .list(FileListParams.builder().purpose("batch").build())
                        .data())
                .extracting(FileObject::id)
                .containsExactly(batchFile.id());

        assertThat(openai.client().files().delete(file.id()).deleted()).isTrue();
        SpecSchemas.assertValid("DeleteFileResponse", SpecSchemas.lastResponseBody(openai.server()));
        assertThatThrownBy(() -> openai.client().files().retrieve(file.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No such File object: " + file.id());
    }

    @Test
    void aBatchFileMustBeJsonlAndAnAssistantsFileCannotBeDownloaded() {
        assertThatThrownBy(() -> openai.client()
                        .files()
                        .create(FileCreateParams.builder()
                                .file(openai.write("requests.txt", REQUESTS.getBytes(StandardCharsets.UTF_8)))
                                .purpose(FilePurpose.BATCH)
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Must be .jsonl");
        FileObject knowledge = openai.client()
                .files()
                .create(FileCreateParams.builder()
                        .file(openai.write("faq.txt", "We open at 9.".getBytes(StandardCharsets.UTF_8)))
                        .purpose(FilePurpose.ASSISTANTS)
                        .build());

        assertThatThrownBy(() -> openai.content(knowledge.id()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Not allowed to download files of purpose: assistants.");
    }

    @Test
    void anUploadInPartsBecomesOneFile() {
        byte[] first = "{\"custom_id\": \"a\", ".getBytes(StandardCharsets.UTF_8);
        byte[] second = "\"method\": \"POST\"}\n".getBytes(StandardCharsets.UTF_8);
        Upload upload = openai.client()
                .uploads()
                .create(UploadCreateParams.builder()
                        .filename("big.jsonl")
                        .purpose(FilePurpose.BATCH)
                        .bytes(first.length + second.length)
                        .mimeType("application/jsonl")
                        .build());
        SpecSchemas.assertValid("Upload", SpecSchemas.lastResponseBody(openai.server()));
        UploadPart one = openai.client()
                .uploads()
                .parts()
                .create(PartCreateParams.builder()
                        .uploadId(upload.id())
                        .data(openai.write("part1", first))
                        .build());
        UploadPart two = openai.client()
                .uploads()
                .parts()
                .create(PartCreateParams.builder()
                        .uploadId(upload.id())
                        .data(openai.write("part2", second))
                        .build());

        Upload completed = openai.client()
                .uploads()
                .complete(UploadCompleteParams.builder()
                        .uploadId(upload.id())
                        .partIds(List.of(one.id(), two.id()))
                        .build());

        SpecSchemas.assertValid("Upload", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(completed.status()).isEqualTo(Upload.Status.COMPLETED);
        FileObject file = completed.file().orElseThrow();
        assertThat(new String(openai.content(file.id()), StandardCharsets.UTF_8))
                .isEqualTo("{\"custom_id\": \"a\", \"method\": \"POST\"}\n");
    }

    @Test
    void aBatchRunsItsUploadedRequestsThroughTheFakeOneStatusPerRetrieve() {
        // openai-java-example's BatchProcessingExample, with a request file the Batch API accepts
        FileObject file = upload("requests.jsonl", REQUESTS);
        Batch batch = openai.client()
                .batches()
                .create(BatchCreateParams.builder()
                        .inputFileId(file.id())
                        .endpoint(BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS)
                        .completionWindow(BatchCreateParams.CompletionWindow._24H)
                        .build());
        SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai.server()));
        List<Batch.Status> statuses = new ArrayList<>(List.of(batch.status()));
        while (batch.outputFileId().isEmpty() && statuses.size() < 10) {
            batch = openai.client().batches().retrieve(batch.id());
            SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai.server()));
            statuses.add(batch.status());
        }
        while (!batch.status().equals(Batch.Status.COMPLETED) && statuses.size() < 10) {
            batch = openai.client().batches().retrieve(batch.id());
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
        assertThat(openai.server()
                        .interactions()
                        .where(call ->
                                call.headers().first(BatchRunner.BATCH_HEADER).isPresent()))
                .extracting(Interaction::operationId)
                .containsExactly("chat.completions.create", "chat.completions.create");
        assertThat(openai.client().batches().list().data())
                .extracting(Batch::id)
                .containsExactly(batch.id());
        SpecSchemas.assertValid("ListBatchesResponse", SpecSchemas.lastResponseBody(openai.server()));
    }

    @Test
    void eachRequestLineGetsWhatTheActiveScenarioAnswersAndFailuresGoToTheErrorFile() {
        openai.server()
                .useScenario(dev.mockapis.core.Scenario.builder("second_fails")
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
        Batch batch = openai.client()
                .batches()
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
        SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai.server()));
    }

    @Test
    void theBatchScenariosFailExpireAndCancel() {
        FileObject file = upload("requests.jsonl", REQUESTS);

        openai.server().useScenario(OpenAiScenarios.BATCH_FAILED);
        Batch failed = completed(create(file, BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS));
        assertThat(failed.status()).isEqualTo(Batch.Status.FAILED);
        assertThat(failed.errors().orElseThrow().data().orElseThrow().get(0).code())
                .hasValue("token_limit_exceeded");

        openai.server().useScenario(OpenAiScenarios.BATCH_EXPIRED);
        Batch expired = completed(create(file, BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS));
        assertThat(expired.status()).isEqualTo(Batch.Status.EXPIRED);
        assertThat(expired.outputFileId()).isEmpty();
        assertThat(lines(expired.errorFileId().orElseThrow()))
                .extracting(line -> line.at("/error/code").asText())
                .containsExactly("batch_expired", "batch_expired");

        openai.server()
                .useScenario(ScenarioFiles.read(
                        "cancelled.yaml", """
                rules:
                  - operation: batches.create
                    steps:
                      - proceed: { batch: cancelled }
                """, openai.server().api()));
        Batch cancelled = completed(create(file, BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS));
        assertThat(cancelled.status()).isEqualTo(Batch.Status.CANCELLED);
        assertThat(cancelled.cancellingAt()).isPresent();
        assertThat(openai.server().interactions().operations()).doesNotContain("chat.completions.create");
    }

    @Test
    void cancellingABatchStopsItBeforeItsRequestsRun() {
        Batch batch = create(upload("requests.jsonl", REQUESTS), BatchCreateParams.Endpoint.V1_CHAT_COMPLETIONS);

        assertThat(openai.client().batches().cancel(batch.id()).status()).isEqualTo(Batch.Status.CANCELLING);
        assertThat(openai.client().batches().retrieve(batch.id()).status()).isEqualTo(Batch.Status.CANCELLED);
        assertThat(openai.client().batches().retrieve(batch.id()).cancelledAt()).isPresent();
        assertThatThrownBy(() -> openai.client().batches().retrieve("batch_nope"))
                .isInstanceOf(NotFoundException.class);
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
        return openai.client()
                .batches()
                .create(BatchCreateParams.builder()
                        .inputFileId(file.id())
                        .endpoint(endpoint)
                        .completionWindow(BatchCreateParams.CompletionWindow._24H)
                        .build());
    }

    /** Polls until the batch reaches a final status. */
    private static Batch completed(Batch batch) {
        for (int i = 0; i < 10; i++) {
            batch = openai.client().batches().retrieve(batch.id());
            SpecSchemas.assertValid("Batch", SpecSchemas.lastResponseBody(openai.server()));
            if (List.of(Batch.Status.COMPLETED, Batch.Status.FAILED, Batch.Status.EXPIRED, Batch.Status.CANCELLED)
                    .contains(batch.status())) {
                return batch;
            }
        }
        throw new AssertionError("The batch never finished: " + batch);
    }

    private static List<JsonNode> lines(String fileId) {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : new String(openai.content(fileId), StandardCharsets.UTF_8).split("\n")) {
            try {
                lines.add(JsonSupport.mapper().readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    private static FileObject upload(String name, String text) {
        return openai.upload(name, text, FilePurpose.BATCH);
    }
}
