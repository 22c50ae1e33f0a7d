package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.CreateFileSearchStoreConfig;
import com.google.genai.types.CustomMetadata;
import com.google.genai.types.DeleteDocumentConfig;
import com.google.genai.types.DeleteFileSearchStoreConfig;
import com.google.genai.types.Document;
import com.google.genai.types.FileSearch;
import com.google.genai.types.FileSearchStore;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GroundingChunkRetrievedContext;
import com.google.genai.types.GroundingMetadata;
import com.google.genai.types.ImportFileConfig;
import com.google.genai.types.ImportFileOperation;
import com.google.genai.types.ListDocumentsConfig;
import com.google.genai.types.ListFileSearchStoresConfig;
import com.google.genai.types.Tool;
import com.google.genai.types.UploadFileConfig;
import com.google.genai.types.UploadToFileSearchStoreConfig;
import com.google.genai.types.UploadToFileSearchStoreOperation;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeminiFileSearchStoresTests {

    private static final String RETURNS = "Refunds are granted within thirty days of purchase when the receipt is "
            + "shown. Opening hours are nine to five on weekdays.";
    private static final String SHIPPING =
            "Parcels ship within two working days. International parcels take up to ten days to arrive.";

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @TempDir
    Path folder;

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private FileSearchStore store(String displayName) {
        return client.fileSearchStores.create(
                CreateFileSearchStoreConfig.builder().displayName(displayName).build());
    }

    /** Uploads a file from disk, as the SDK's upload of a {@code java.io.File} sends its name. */
    private UploadToFileSearchStoreOperation upload(String store, String text, String fileName) {
        try {
            Path file = folder.resolve(fileName);
            Files.writeString(file, text);
            return client.fileSearchStores.uploadToFileSearchStore(
                    store,
                    file.toFile(),
                    UploadToFileSearchStoreConfig.builder()
                            .mimeType("text/plain")
                            .build());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private UploadToFileSearchStoreOperation uploadAndWait(String store, String text, String fileName) {
        UploadToFileSearchStoreOperation operation = upload(store, text, fileName);
        while (!operation.done().orElse(false)) {
            operation = client.operations.get(operation, null);
        }
        return operation;
    }

    /** Imports a Files API file with a {@code team} entry in its custom metadata, and waits for it. */
    private String importWithTeam(String store, String text, String displayName, String team) {
        com.google.genai.types.File file = client.files.upload(
                text.getBytes(StandardCharsets.UTF_8),
                UploadFileConfig.builder()
                        .mimeType("text/plain")
                        .displayName(displayName)
                        .build());
        ImportFileOperation operation = client.fileSearchStores.importFile(
                store,
                file.name().orElseThrow(),
                ImportFileConfig.builder()
                        .customMetadata(CustomMetadata.builder()
                                .key("team")
                                .stringValue(team)
                                .build())
                        .build());
        while (!operation.done().orElse(false)) {
            operation = client.operations.get(operation, null);
        }
        return store + "/documents/"
                + operation.response().orElseThrow().documentName().orElseThrow();
    }

    private GenerateContentResponse ask(String question, FileSearch fileSearch) {
        return client.models.generateContent(
                GeminiClients.MODEL,
                question,
                GenerateContentConfig.builder()
                        .tools(Tool.builder().fileSearch(fileSearch).build())
                        .build());
    }

    @Test
    void aStoreIsCreatedNamedAfterItsDisplayNameListedAndFetched() {
        FileSearchStore store = store("Support Docs");

        assertThat(store.name())
                .hasValueSatisfying(name -> assertThat(name).matches("fileSearchStores/support-docs-[a-z0-9]{12}"));
        assertThat(store.displayName()).contains("Support Docs");
        assertThat(store.createTime()).isPresent();
        assertThat(store.activeDocumentsCount()).isEmpty();
        String name = store.name().orElseThrow();
        assertThat(client.fileSearchStores.get(name, null).name()).contains(name);

        FileSearchStore second = store("Second");
        List<String> names = new ArrayList<>();
        client.fileSearchStores
                .list(ListFileSearchStoresConfig.builder().pageSize(1).build())
                .forEach(listed -> names.add(listed.name().orElseThrow()));
        assertThat(names).containsExactly(name, second.name().orElseThrow());
        assertThat(server.interactions().all())
                .extracting(Interaction::operationId)
                .containsExactly(
                        "file_search_stores.create",
                        "file_search_stores.get",
                        "file_search_stores.create",
                        "file_search_stores.list",
                        "file_search_stores.list");
    }

    @Test
    void anUploadIsALongRunningOperationWhoseDocumentIsActiveOnceDone() {
        String store = store("policies").name().orElseThrow();

        UploadToFileSearchStoreOperation operation = upload(store, RETURNS, "returns.txt");

        assertThat(operation.name())
                .hasValueSatisfying(name -> assertThat(name).startsWith(store + "/upload/operations/"));
        assertThat(operation.done()).isNotEqualTo(java.util.Optional.of(true));
        String document = operation.response().orElseThrow().documentName().orElseThrow();
        assertThat(document).startsWith(store + "/documents/");
        assertThat(client.fileSearchStores.documents.get(document, null).state())
                .hasValueSatisfying(state -> assertThat(state.toString()).isEqualTo("STATE_PENDING"));
        assertThat(client.fileSearchStores.get(store, null).pendingDocumentsCount())
                .contains(1L);

        operation = client.operations.get(operation, null);

        assertThat(operation.done()).contains(true);
        assertThat(operation.response().orElseThrow().parent()).contains(store);
        Document active = client.fileSearchStores.documents.get(document, null);
        assertThat(active.state())
                .hasValueSatisfying(state -> assertThat(state.toString()).isEqualTo("STATE_ACTIVE"));
        assertThat(active.displayName()).contains("returns.txt");
        assertThat(active.mimeType()).contains("text/plain");
        assertThat(active.sizeBytes()).contains((long) RETURNS.length());
        FileSearchStore counted = client.fileSearchStores.get(store, null);
        assertThat(counted.activeDocumentsCount()).contains(1L);
        assertThat(counted.pendingDocumentsCount()).isEmpty();
        assertThat(counted.sizeBytes()).contains((long) RETURNS.length());
    }

    @Test
    void aFileOfTheFilesApiIsImportedFromAFileOnDisk() throws Exception {
        String store = store("imports").name().orElseThrow();
        Path shipping = folder.resolve("shipping.txt");
        Files.writeString(shipping, SHIPPING);
        com.google.genai.types.File file = client.files.upload(
                shipping.toString(),
                UploadFileConfig.builder().mimeType("text/plain").build());

        ImportFileOperation operation =
                client.fileSearchStores.importFile(store, file.name().orElseThrow(), null);
        assertThat(operation.name()).hasValueSatisfying(name -> assertThat(name).startsWith(store + "/operations/"));
        operation = client.operations.get(operation, null);

        assertThat(operation.done()).contains(true);
        String documentId = operation.response().orElseThrow().documentName().orElseThrow();
        assertThat(client.fileSearchStores
                        .documents
                        .get(store + "/documents/" + documentId, null)
                        .state())
                .hasValueSatisfying(state -> assertThat(state.toString()).isEqualTo("STATE_ACTIVE"));
        assertThatThrownBy(() -> client.fileSearchStores.importFile(store, "files/missing00000", null))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("403");
    }

    @Test
    void theFileSearchToolAnswersFromTheStoredTextWithGroundingMetadata() {
        String store = store("knowledge").name().orElseThrow();
        uploadAndWait(store, RETURNS, "returns.txt");
        uploadAndWait(store, SHIPPING, "shipping.txt");

        GenerateContentResponse response = ask(
                "How many days do international parcels take?",
                FileSearch.builder().fileSearchStoreNames(store).build());

        assertThat(response.text()).isEqualTo(SHIPPING);
        GroundingMetadata grounding =
                response.candidates().orElseThrow().get(0).groundingMetadata().orElseThrow();
        GroundingChunkRetrievedContext context = grounding
                .groundingChunks()
                .orElseThrow()
                .get(0)
                .retrievedContext()
                .orElseThrow();
        assertThat(context.title()).contains("shipping.txt");
        assertThat(context.fileSearchStore()).contains(store);
        assertThat(context.text()).contains(SHIPPING);
        assertThat(grounding.groundingSupports().orElseThrow())
                .singleElement()
                .satisfies(support -> assertThat(support.groundingChunkIndices().orElseThrow())
                        .contains(0));
        assertThat(response.usageMetadata().orElseThrow().toolUsePromptTokenCount())
                .hasValueSatisfying(tokens -> assertThat(tokens).isPositive());
    }

    @Test
    void theMetadataFilterAndTopKNarrowTheSearch() {
        String store = store("filtered").name().orElseThrow();
        String returns = importWithTeam(store, RETURNS, "returns.txt", "support");
        importWithTeam(store, SHIPPING, "shipping.txt", "logistics");
        assertThat(client.fileSearchStores
                        .documents
                        .get(returns, null)
                        .customMetadata()
                        .orElseThrow())
                .singleElement()
                .satisfies(metadata -> assertThat(metadata.stringValue()).contains("support"));

        GenerateContentResponse filtered = ask(
                "How many days for parcels and refunds?",
                FileSearch.builder()
                        .fileSearchStoreNames(store)
                        .metadataFilter("team = \"support\"")
                        .build());
        GenerateContentResponse top = ask(
                "How many days for parcels and refunds?",
                FileSearch.builder().fileSearchStoreNames(store).topK(1).build());

        assertThat(filtered.candidates()
                        .orElseThrow()
                        .get(0)
                        .groundingMetadata()
                        .orElseThrow()
                        .groundingChunks()
                        .orElseThrow())
                .singleElement()
                .satisfies(chunk -> assertThat(
                                chunk.retrievedContext().orElseThrow().title())
                        .contains("returns.txt"));
        assertThat(top.candidates()
                        .orElseThrow()
                        .get(0)
                        .groundingMetadata()
                        .orElseThrow()
                        .groundingChunks()
                        .orElseThrow())
                .hasSize(1);
    }

    @Test
    void aPendingDocumentIsNotSearchedAndAScenarioStillScriptsTheReply() {
        String store = store("pending").name().orElseThrow();
        upload(store, SHIPPING, "shipping.txt");

        GenerateContentResponse pending = ask(
                "How long do international parcels take?",
                FileSearch.builder().fileSearchStoreNames(store).build());
        assertThat(pending.text()).isEqualTo("I could not find anything about that in the file search stores.");

        server.useScenario(Scenario.builder("scripted")
                .rule(Rule.on(GeminiFake.GENERATE)
                        .proceedWith(Reply.text("Ten days at most."))
                        .build())
                .build());
        GenerateContentResponse scripted = ask(
                "How long do international parcels take?",
                FileSearch.builder().fileSearchStoreNames(store).build());
        assertThat(scripted.text()).isEqualTo("Ten days at most.");
    }

    @Test
    void documentsAreListedAndDeletedWithForceAsTheStoreIs() {
        String store = store("cleanup").name().orElseThrow();
        String first = uploadAndWait(store, RETURNS, "returns.txt")
                .response()
                .orElseThrow()
                .documentName()
                .orElseThrow();
        uploadAndWait(store, SHIPPING, "shipping.txt");

        List<String> documents = new ArrayList<>();
        client.fileSearchStores
                .documents
                .list(store, ListDocumentsConfig.builder().pageSize(1).build())
                .forEach(document -> documents.add(document.name().orElseThrow()));
        assertThat(documents).hasSize(2).startsWith(first);

        // google-genai 1.70 reads no answer to a delete, so the API's 400 reaches the client only in the log.
        client.fileSearchStores.documents.delete(first, null);
        assertThat(server.interactions().all()).last().satisfies(call -> {
            assertThat(call.status()).isEqualTo(400);
            assertThat(call.responseBody()).contains("FAILED_PRECONDITION").contains("force=true");
        });
        assertThat(client.fileSearchStores.documents.get(first, null).name()).contains(first);
        client.fileSearchStores.documents.delete(
                first, DeleteDocumentConfig.builder().force(true).build());
        assertThatThrownBy(() -> client.fileSearchStores.documents.get(first, null))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("404");

        client.fileSearchStores.delete(store, null);
        assertThat(server.interactions().all()).last().satisfies(call -> {
            assertThat(call.status()).isEqualTo(400);
            assertThat(call.responseBody()).contains("FileSearchStore " + store + " contains Documents");
        });
        assertThat(client.fileSearchStores.get(store, null).activeDocumentsCount())
                .contains(1L);
        client.fileSearchStores.delete(
                store, DeleteFileSearchStoreConfig.builder().force(true).build());
        assertThatThrownBy(() -> client.fileSearchStores.get(store, null))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("404");
        assertThatThrownBy(() -> ask(
                        "Anything?",
                        FileSearch.builder().fileSearchStoreNames(store).build()))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("404");
    }
}
