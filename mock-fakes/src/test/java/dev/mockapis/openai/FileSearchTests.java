package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.models.ChatModel;
import com.openai.models.files.FileObject;
import com.openai.models.files.FilePurpose;
import com.openai.models.responses.FileSearchTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFileSearchToolCall;
import com.openai.models.responses.ResponseIncludable;
import com.openai.models.responses.ResponseOutputText;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.vectorstores.VectorStore;
import com.openai.models.vectorstores.VectorStoreCreateParams;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FileSearchTests {

    @RegisterExtension
    static final OpenAiFakeExtension openai = new OpenAiFakeExtension();

    private static final String DELIVERY = "Deliveries leave the shop at nine. Roses and tulips are delivered the"
            + " same day within the city. Orders placed after four o'clock arrive the next morning.";
    private static final String RETURNS = "Wilted flowers can be returned within two days for a full refund.";

    @Test
    void theAnswerComesFromTheUploadedFileWithACitationAndTheSearchCall() {
        FileObject delivery = upload("delivery.txt", DELIVERY);
        VectorStore store = store(delivery, upload("returns.txt", RETURNS));

        Response response = openai.client()
                .responses()
                .create(params(store, "When are roses delivered?")
                        .addInclude(ResponseIncludable.FILE_SEARCH_CALL_RESULTS)
                        .build());

        ResponseFileSearchToolCall call = response.output().get(0).asFileSearchCall();
        assertThat(call.id()).startsWith("fs_");
        assertThat(call.status()).isEqualTo(ResponseFileSearchToolCall.Status.COMPLETED);
        assertThat(call.queries()).containsExactly("When are roses delivered?");
        assertThat(call.results().orElseThrow())
                .first()
                .satisfies(result -> assertThat(result.fileId()).hasValue(delivery.id()));
        ResponseOutputText text =
                response.output().get(1).asMessage().content().get(0).asOutputText();
        assertThat(text.text()).isEqualTo("Roses and tulips are delivered the same day within the city.");
        assertThat(text.annotations()).first().satisfies(annotation -> {
            assertThat(annotation.asFileCitation().fileId()).isEqualTo(delivery.id());
            assertThat(annotation.asFileCitation().filename()).isEqualTo("delivery.txt");
        });
    }

    @Test
    void withoutIncludeTheResultsAreNullAndNothingFoundIsSaid() {
        VectorStore store = store(upload("delivery.txt", DELIVERY));

        Response response = openai.client()
                .responses()
                .create(params(store, "Is there parking?").build());

        assertThat(response.output().get(0).asFileSearchCall().results()).isEmpty();
        assertThat(response.output()
                        .get(1)
                        .asMessage()
                        .content()
                        .get(0)
                        .asOutputText()
                        .text())
                .isEqualTo("I could not find anything about that in the files.");
    }

    @Test
    void aScriptedReplyIsKeptAndStillCitesTheFilesFound() {
        FileObject returns = upload("returns.txt", RETURNS);
        VectorStore store = store(returns);
        openai.server()
                .useScenario(OpenAiScenarios.builder("refunds")
                        .replies("Yes, within two days.")
                        .build());

        Response response = openai.client()
                .responses()
                .create(params(store, "Can I get a refund?").build());

        ResponseOutputText text =
                response.output().get(1).asMessage().content().get(0).asOutputText();
        assertThat(text.text()).isEqualTo("Yes, within two days.");
        assertThat(text.annotations())
                .singleElement()
                .satisfies(annotation ->
                        assertThat(annotation.asFileCitation().fileId()).isEqualTo(returns.id()));
    }

    @Test
    void aStreamedAnswerSendsTheSearchEventsAndTheCitation() {
        VectorStore store = store(upload("delivery.txt", DELIVERY));

        List<ResponseStreamEvent> events;
        try (StreamResponse<ResponseStreamEvent> stream = openai.client()
                .responses()
                .createStreaming(params(store, "When are roses delivered?").build())) {
            events = stream.stream().toList();
        }

        assertThat(events)
                .anySatisfy(
                        event -> assertThat(event.isFileSearchCallSearching()).isTrue());
        assertThat(events)
                .anySatisfy(
                        event -> assertThat(event.isFileSearchCallCompleted()).isTrue());
        assertThat(events)
                .filteredOn(ResponseStreamEvent::isOutputTextAnnotationAdded)
                .singleElement()
                .satisfies(
                        event -> assertThat(event.asOutputTextAnnotationAdded().annotationIndex())
                                .isZero());
        Response completed = events.get(events.size() - 1).asCompleted().response();
        assertThat(completed.output().get(0).isFileSearchCall()).isTrue();
    }

    @Test
    void anUnknownVectorStoreIsRefused() {
        assertThatThrownBy(() -> openai.client()
                        .responses()
                        .create(ResponseCreateParams.builder()
                                .model(ChatModel.GPT_4O_MINI)
                                .input("Hello")
                                .addTool(FileSearchTool.builder()
                                        .addVectorStoreId("vs_missing")
                                        .build())
                                .build()))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("vs_missing");
    }

    private static ResponseCreateParams.Builder params(VectorStore store, String question) {
        return ResponseCreateParams.builder()
                .model(ChatModel.GPT_4O_MINI)
                .input(question)
                .addTool(FileSearchTool.builder().addVectorStoreId(store.id()).build());
    }

    private static VectorStore store(FileObject... files) {
        VectorStoreCreateParams.Builder params = VectorStoreCreateParams.builder();
        for (FileObject file : files) {
            params.addFileId(file.id());
        }
        return openai.client().vectorStores().create(params.build());
    }

    private static FileObject upload(String name, String text) {
        return openai.upload(name, text, FilePurpose.ASSISTANTS);
    }
}
