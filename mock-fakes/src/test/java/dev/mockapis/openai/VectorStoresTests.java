package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.JsonValue;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.ComparisonFilter;
import com.openai.models.files.FileObject;
import com.openai.models.files.FilePurpose;
import com.openai.models.vectorstores.StaticFileChunkingStrategy;
import com.openai.models.vectorstores.VectorStore;
import com.openai.models.vectorstores.VectorStoreCreateParams;
import com.openai.models.vectorstores.VectorStoreSearchParams;
import com.openai.models.vectorstores.VectorStoreSearchResponse;
import com.openai.models.vectorstores.VectorStoreUpdateParams;
import com.openai.models.vectorstores.filebatches.FileBatchCancelParams;
import com.openai.models.vectorstores.filebatches.FileBatchCreateParams;
import com.openai.models.vectorstores.filebatches.FileBatchListFilesParams;
import com.openai.models.vectorstores.filebatches.FileBatchRetrieveParams;
import com.openai.models.vectorstores.filebatches.VectorStoreFileBatch;
import com.openai.models.vectorstores.files.FileContentParams;
import com.openai.models.vectorstores.files.FileContentResponse;
import com.openai.models.vectorstores.files.FileDeleteParams;
import com.openai.models.vectorstores.files.FileListParams;
import com.openai.models.vectorstores.files.FileRetrieveParams;
import com.openai.models.vectorstores.files.FileUpdateParams;
import com.openai.models.vectorstores.files.VectorStoreFile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class VectorStoresTests {

    @RegisterExtension
    static final OpenAiFakeExtension openai = new OpenAiFakeExtension();

    private static final String DELIVERY =
            "Deliveries leave the shop at nine. Roses and tulips are delivered the same day within the city."
                    + " Orders placed after four o'clock are delivered the next morning.";
    private static final String RETURNS =
            "Flowers that arrive wilted can be returned within two days for a full refund. Keep the receipt.";

    @Test
    void aStoreMadeWithFilesIsInProgressUntilItIsReadAgainThenCompleted() {
        FileObject delivery = upload("delivery.txt", DELIVERY);
        FileObject returns = upload("returns.md", RETURNS);

        VectorStore created = openai.client()
                .vectorStores()
                .create(VectorStoreCreateParams.builder()
                        .name("Shop FAQ")
                        .addFileId(delivery.id())
                        .addFileId(returns.id())
                        .expiresAfter(VectorStoreCreateParams.ExpiresAfter.builder()
                                .days(7)
                                .build())
                        .build());
        SpecSchemas.assertValid("VectorStoreObject", SpecSchemas.lastResponseBody(openai.server()));
        VectorStore ready = openai.client().vectorStores().retrieve(created.id());
        SpecSchemas.assertValid("VectorStoreObject", SpecSchemas.lastResponseBody(openai.server()));

        assertThat(created.id()).matches("vs_[0-9a-f]{32}");
        assertThat(created.status()).isEqualTo(VectorStore.Status.IN_PROGRESS);
        assertThat(created.fileCounts().inProgress()).isEqualTo(2);
        assertThat(created.usageBytes()).isZero();
        assertThat(ready.status()).isEqualTo(VectorStore.Status.COMPLETED);
        assertThat(ready.fileCounts().completed()).isEqualTo(2);
        assertThat(ready.fileCounts().total()).isEqualTo(2);
        assertThat(ready.usageBytes()).isEqualTo(DELIVERY.length() + RETURNS.length());
        assertThat(ready.expiresAt()).hasValue(ready.lastActiveAt().orElseThrow() + 7 * 24 * 3600);
    }

    @Test
    void storesAreListedRenamedAndDeleted() {
        VectorStore first = openai.client()
                .vectorStores()
                .create(VectorStoreCreateParams.builder().name("first").build());
        VectorStore second = openai.client()
                .vectorStores()
                .create(VectorStoreCreateParams.builder().name("second").build());

        assertThat(openai.client().vectorStores().list().autoPager().stream().map(VectorStore::id))
                .containsExactly(second.id(), first.id());
        SpecSchemas.assertValid("ListVectorStoresResponse", SpecSchemas.lastResponseBody(openai.server()));
        VectorStore renamed = openai.client()
                .vectorStores()
                .update(VectorStoreUpdateParams.builder()
                        .vectorStoreId(first.id())
                        .name("renamed")
                        .metadata(VectorStoreUpdateParams.Metadata.builder()
                                .putAdditionalProperty("team", JsonValue.from("shop"))
                                .build())
                        .build());
        assertThat(renamed.name()).isEqualTo("renamed");
        assertThat(openai.client().vectorStores().delete(first.id()).deleted()).isTrue();
        SpecSchemas.assertValid("DeleteVectorStoreResponse", SpecSchemas.lastResponseBody(openai.server()));
        assertThatThrownBy(() -> openai.client().vectorStores().retrieve(first.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("No vector store found with id '" + first.id() + "'.");
    }

    @Test
    void aFileIsAttachedInProgressThenCompletedAndItsAttributesContentAndDeletionWork() {
        VectorStore store = openai.client().vectorStores().create();
        FileObject delivery = upload("delivery.txt", DELIVERY);

        VectorStoreFile attached = openai.client()
                .vectorStores()
                .files()
                .create(
                        store.id(),
                        com.openai.models.vectorstores.files.FileCreateParams.builder()
                                .fileId(delivery.id())
                                .staticChunkingStrategy(StaticFileChunkingStrategy.builder()
                                        .maxChunkSizeTokens(200)
                                        .chunkOverlapTokens(50)
                                        .build())
                                .build());
        SpecSchemas.assertValid("VectorStoreFileObject", SpecSchemas.lastResponseBody(openai.server()));
        VectorStoreFile done = openai.client()
                .vectorStores()
                .files()
                .retrieve(
                        delivery.id(),
                        FileRetrieveParams.builder().vectorStoreId(store.id()).build());
        VectorStoreFile tagged = openai.client()
                .vectorStores()
                .files()
                .update(
                        delivery.id(),
                        FileUpdateParams.builder()
                                .vectorStoreId(store.id())
                                .attributes(FileUpdateParams.Attributes.builder()
                                        .putAdditionalProperty("topic", JsonValue.from("delivery"))
                                        .build())
                                .build());
        List<FileContentResponse> content = openai.client()
                .vectorStores()
                .files()
                .content(
                        delivery.id(),
                        FileContentParams.builder().vectorStoreId(store.id()).build())
                .items();
        SpecSchemas.assertValid("VectorStoreFileContentResponse", SpecSchemas.lastResponseBody(openai.server()));

        assertThat(attached.id()).isEqualTo(delivery.id());
        assertThat(attached.status()).isEqualTo(VectorStoreFile.Status.IN_PROGRESS);
        assertThat(attached.chunkingStrategy()
                        .orElseThrow()
                        .asStatic()
                        .static_()
                        .maxChunkSizeTokens())
                .isEqualTo(200);
        assertThat(done.status()).isEqualTo(VectorStoreFile.Status.COMPLETED);
        assertThat(done.usageBytes()).isEqualTo(DELIVERY.length());
        assertThat(tagged.attributes().orElseThrow()._additionalProperties())
                .containsEntry("topic", JsonValue.from("delivery"));
        assertThat(content)
                .singleElement()
                .satisfies(page -> assertThat(page.text()).hasValue(DELIVERY));

        assertThat(openai.client()
                        .vectorStores()
                        .files()
                        .delete(
                                delivery.id(),
                                FileDeleteParams.builder()
                                        .vectorStoreId(store.id())
                                        .build())
                        .deleted())
                .isTrue();
        SpecSchemas.assertValid("DeleteVectorStoreFileResponse", SpecSchemas.lastResponseBody(openai.server()));
        assertThat(openai.client().vectorStores().files().list(store.id()).data())
                .isEmpty();
        assertThat(openai.client().files().retrieve(delivery.id()).id())
                .as("the file itself stays")
                .isEqualTo(delivery.id());
    }

    @Test
    void aFileTypeFileSearchCannotReadFailsWithUnsupportedFile() {
        VectorStore store = openai.client().vectorStores().create();
        FileObject picture = upload("logo.png", "not really a picture");
        openai.client()
                .vectorStores()
                .files()
                .create(
                        store.id(),
                        com.openai.models.vectorstores.files.FileCreateParams.builder()
                                .fileId(picture.id())
                                .build());

        List<VectorStoreFile> failed = openai.client()
                .vectorStores()
                .files()
                .list(
                        store.id(),
                        FileListParams.builder()
                                .filter(FileListParams.Filter.FAILED)
                                .build())
                .data();
        SpecSchemas.assertValid("ListVectorStoreFilesResponse", SpecSchemas.lastResponseBody(openai.server()));

        assertThat(failed).singleElement().satisfies(file -> {
            assertThat(file.lastError().orElseThrow().code())
                    .isEqualTo(VectorStoreFile.LastError.Code.UNSUPPORTED_FILE);
            assertThat(file.lastError().orElseThrow().message()).isEqualTo("The file type is not supported.");
        });
        assertThat(openai.client()
                        .vectorStores()
                        .retrieve(store.id())
                        .fileCounts()
                        .failed())
                .isEqualTo(1);
    }

    @Test
    void aFileBatchMovesFromInProgressToCompletedAndAnotherCanBeCancelled() {
        VectorStore store = openai.client().vectorStores().create();
        FileObject delivery = upload("delivery.txt", DELIVERY);
        FileObject returns = upload("returns.md", RETURNS);

        VectorStoreFileBatch batch = openai.client()
                .vectorStores()
                .fileBatches()
                .create(
                        store.id(),
                        FileBatchCreateParams.builder()
                                .addFileId(delivery.id())
                                .addFileId(returns.id())
                                .build());
        SpecSchemas.assertValid("VectorStoreFileBatchObject", SpecSchemas.lastResponseBody(openai.server()));
        VectorStoreFileBatch done = openai.client()
                .vectorStores()
                .fileBatches()
                .retrieve(
                        batch.id(),
                        FileBatchRetrieveParams.builder()
                                .vectorStoreId(store.id())
                                .build());
        List<VectorStoreFile> files = openai.client()
                .vectorStores()
                .fileBatches()
                .listFiles(
                        batch.id(),
                        FileBatchListFilesParams.builder()
                                .vectorStoreId(store.id())
                                .build())
                .data();

        assertThat(batch.id()).startsWith("vsfb_");
        assertThat(batch.status()).isEqualTo(VectorStoreFileBatch.Status.IN_PROGRESS);
        assertThat(batch.fileCounts().inProgress()).isEqualTo(2);
        assertThat(done.status()).isEqualTo(VectorStoreFileBatch.Status.COMPLETED);
        assertThat(done.fileCounts().completed()).isEqualTo(2);
        assertThat(files).extracting(VectorStoreFile::status).containsOnly(VectorStoreFile.Status.COMPLETED);

        FileObject late = upload("late.txt", "Late news.");
        VectorStoreFileBatch second = openai.client()
                .vectorStores()
                .fileBatches()
                .create(
                        store.id(),
                        FileBatchCreateParams.builder().addFileId(late.id()).build());
        VectorStoreFileBatch cancelled = openai.client()
                .vectorStores()
                .fileBatches()
                .cancel(
                        second.id(),
                        FileBatchCancelParams.builder()
                                .vectorStoreId(store.id())
                                .build());
        assertThat(cancelled.status()).isEqualTo(VectorStoreFileBatch.Status.CANCELLED);
        assertThat(cancelled.fileCounts().cancelled()).isEqualTo(1);
    }

    @Test
    void searchRanksTheChunksThatShareTheQuerysWordsAndHonoursFiltersAndLimits() {
        FileObject delivery = upload("delivery.txt", DELIVERY);
        FileObject returns = upload("returns.md", RETURNS);
        VectorStore store = openai.client()
                .vectorStores()
                .create(VectorStoreCreateParams.builder()
                        .addFileId(delivery.id())
                        .addFileId(returns.id())
                        .build());
        openai.client()
                .vectorStores()
                .files()
                .update(
                        returns.id(),
                        FileUpdateParams.builder()
                                .vectorStoreId(store.id())
                                .attributes(FileUpdateParams.Attributes.builder()
                                        .putAdditionalProperty("topic", JsonValue.from("returns"))
                                        .build())
                                .build());

        List<VectorStoreSearchResponse> hits = openai.client()
                .vectorStores()
                .search(
                        store.id(),
                        VectorStoreSearchParams.builder()
                                .query("When are roses delivered?")
                                .build())
                .data();
        SpecSchemas.assertValid("VectorStoreSearchResultsPage", SpecSchemas.lastResponseBody(openai.server()));
        List<VectorStoreSearchResponse> refund = openai.client()
                .vectorStores()
                .search(
                        store.id(),
                        VectorStoreSearchParams.builder()
                                .query("delivered refund")
                                .filters(ComparisonFilter.builder()
                                        .key("topic")
                                        .type(ComparisonFilter.Type.EQ)
                                        .value("returns")
                                        .build())
                                .build())
                .data();
        List<VectorStoreSearchResponse> nothing = openai.client()
                .vectorStores()
                .search(
                        store.id(),
                        VectorStoreSearchParams.builder().query("parking").build())
                .data();

        assertThat(hits).first().satisfies(hit -> {
            assertThat(hit.fileId()).isEqualTo(delivery.id());
            assertThat(hit.filename()).isEqualTo("delivery.txt");
            assertThat(hit.score()).isEqualTo(1.0);
            assertThat(hit.content().get(0).text()).contains("Roses and tulips are delivered");
        });
        assertThat(refund).singleElement().satisfies(hit -> {
            assertThat(hit.fileId()).isEqualTo(returns.id());
            assertThat(hit.score()).isEqualTo(0.5);
        });
        assertThat(nothing).isEmpty();
        assertThatThrownBy(() -> openai.client()
                        .vectorStores()
                        .search(
                                store.id(),
                                VectorStoreSearchParams.builder()
                                        .query("roses")
                                        .maxNumResults(51)
                                        .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("max_num_results");
    }

    private static FileObject upload(String name, String text) {
        return openai.upload(name, text, FilePurpose.ASSISTANTS);
    }
}
