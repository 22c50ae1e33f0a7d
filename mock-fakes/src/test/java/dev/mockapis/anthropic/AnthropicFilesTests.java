package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.core.MultipartField;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.beta.files.BetaDeletedFile;
import com.anthropic.models.beta.files.BetaFileMetadata;
import com.anthropic.models.beta.files.FileListParams;
import com.anthropic.models.beta.files.FileUploadParams;
import com.anthropic.models.beta.messages.BetaContentBlockParam;
import com.anthropic.models.beta.messages.BetaMessage;
import com.anthropic.models.beta.messages.BetaMessageTokensCount;
import com.anthropic.models.beta.messages.BetaRequestDocumentBlock;
import com.anthropic.models.beta.messages.MessageCountTokensParams;
import com.anthropic.models.beta.messages.MessageCreateParams;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.fixtures.SteppingClock;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicFilesTests {

    private static final String POLICY =
            "Refunds are granted within thirty days of purchase when the receipt is shown at the counter.";

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private BetaFileMetadata upload(String filename, String contentType, String text) {
        return client.beta()
                .files()
                .upload(FileUploadParams.builder()
                        .file(MultipartField.<java.io.InputStream>builder()
                                .value(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))
                                .filename(filename)
                                .contentType(contentType)
                                .build())
                        .build());
    }

    private static List<BetaContentBlockParam> askAbout(String fileId) {
        return List.of(
                BetaContentBlockParam.ofDocument(
                        BetaRequestDocumentBlock.builder().fileSource(fileId).build()),
                BetaContentBlockParam.ofText("What does the policy say?"));
    }

    @Test
    void anUploadedFileIsListedRetrievedUsedInAMessageAndDeleted() {
        BetaFileMetadata uploaded = upload("policy.txt", "text/plain", POLICY);
        assertThat(uploaded.id()).startsWith("file_011C").hasSize("file_".length() + 24);
        assertThat(uploaded.filename()).isEqualTo("policy.txt");
        assertThat(uploaded.mimeType()).isEqualTo("text/plain");
        assertThat(uploaded.sizeBytes()).isEqualTo(POLICY.getBytes(StandardCharsets.UTF_8).length);
        assertThat(uploaded.downloadable()).contains(false);

        assertThat(client.beta().files().retrieveMetadata(uploaded.id())).isEqualTo(uploaded);
        BetaFileMetadata second = upload("notes.md", "text/markdown", "# Notes");
        assertThat(client.beta().files().list().data())
                .extracting(BetaFileMetadata::id)
                .containsExactly(second.id(), uploaded.id());
        assertThat(client.beta().files().list(FileListParams.builder().limit(1).build()).autoPager().stream()
                        .map(BetaFileMetadata::id)
                        .toList())
                .containsExactly(second.id(), uploaded.id());

        BetaMessage answer = client.beta()
                .messages()
                .create(MessageCreateParams.builder()
                        .model(AnthropicClients.MODEL)
                        .maxTokens(256)
                        .addUserMessageOfContentBlockParams(askAbout(uploaded.id()))
                        .addBeta("files-api-2025-04-14")
                        .build());
        BetaMessageTokensCount withFile = client.beta()
                .messages()
                .countTokens(MessageCountTokensParams.builder()
                        .model(AnthropicClients.MODEL)
                        .addUserMessageOfContentBlockParams(askAbout(uploaded.id()))
                        .build());
        BetaMessageTokensCount questionOnly = client.beta()
                .messages()
                .countTokens(MessageCountTokensParams.builder()
                        .model(AnthropicClients.MODEL)
                        .addUserMessage("What does the policy say?")
                        .build());
        assertThat(answer.usage().inputTokens()).isEqualTo(withFile.inputTokens());
        assertThat(withFile.inputTokens()).isGreaterThan(questionOnly.inputTokens() + 10);

        BetaDeletedFile deleted = client.beta().files().delete(uploaded.id());
        assertThat(deleted.id()).isEqualTo(uploaded.id());
        assertThat(deleted.type()).hasValue(BetaDeletedFile.Type.FILE_DELETED);
        String id = uploaded.id();
        assertThatThrownBy(() -> client.beta().files().retrieveMetadata(id))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("File not found: " + id);
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsSubsequence(
                        "beta.files.upload",
                        "beta.files.retrieve_metadata",
                        "beta.files.upload",
                        "beta.files.list",
                        "messages.create",
                        "messages.count_tokens",
                        "messages.count_tokens",
                        "beta.files.delete",
                        "beta.files.retrieve_metadata");
    }

    @Test
    void aMessageNamingAFileTheFakeDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> client.beta()
                        .messages()
                        .create(MessageCreateParams.builder()
                                .model(AnthropicClients.MODEL)
                                .maxTokens(256)
                                .addUserMessageOfContentBlockParams(askAbout("file_011CNha8iCJcU1wXNR6q4V8w"))
                                .build()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("File not found: file_011CNha8iCJcU1wXNR6q4V8w");
    }

    @Test
    void anUploadedFileCannotBeDownloadedBackAsOnTheApi() {
        BetaFileMetadata uploaded = upload("policy.txt", "text/plain", POLICY);
        assertThatThrownBy(() -> client.beta().files().download(uploaded.id()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("File is not downloadable");
        assertThatThrownBy(() -> client.beta().files().download("file_011CNha8iCJcU1wXNR6q4V8w"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFileIsGoneOnceItsExpiryPassesOnTheFakesClock() {
        SteppingClock clock = new SteppingClock();
        try (FakeServer timed = FakeServer.start(new AnthropicFake(clock))) {
            AnthropicClient timedClient = AnthropicClients.strict(timed);
            BetaFileMetadata uploaded = timedClient
                    .beta()
                    .files()
                    .upload(FileUploadParams.builder()
                            .file(MultipartField.<java.io.InputStream>builder()
                                    .value(new ByteArrayInputStream(POLICY.getBytes(StandardCharsets.UTF_8)))
                                    .filename("policy.txt")
                                    .contentType("text/plain")
                                    .build())
                            .expiresInSeconds(60L)
                            .build());
            assertThat(uploaded.expiresAt())
                    .hasValueSatisfying(at ->
                            assertThat(at.toInstant()).isEqualTo(clock.instant().plusSeconds(60)));
            clock.advance(Duration.ofSeconds(61));

            assertThat(timedClient.beta().files().list().data()).isEmpty();
            assertThatThrownBy(() -> timedClient.beta().files().retrieveMetadata(uploaded.id()))
                    .isInstanceOf(NotFoundException.class);
            timedClient.close();
        }
    }

    @Test
    void aMimeTypeLeftGenericIsToldByTheFileName() {
        assertThat(upload("scan.png", "application/octet-stream", "not really a png")
                        .mimeType())
                .isEqualTo("image/png");
    }
}
