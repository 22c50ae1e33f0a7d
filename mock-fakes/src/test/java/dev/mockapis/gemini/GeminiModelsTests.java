package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.genai.Client;
import com.google.genai.Pager;
import com.google.genai.errors.ClientException;
import com.google.genai.types.GenerateVideosOperation;
import com.google.genai.types.GenerateVideosSource;
import com.google.genai.types.ListModelsConfig;
import com.google.genai.types.Model;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GeminiModelsTests {

    private final FakeServer server = FakeServer.start(new GeminiFake(Clock.systemUTC()));
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void getsAModelWithItsLimitsAndMethods() {
        Model model = client.models.get(GeminiClients.MODEL, null);

        assertThat(model.name()).contains("models/gemini-2.5-flash");
        assertThat(model.displayName()).contains("Gemini 2.5 Flash");
        assertThat(model.inputTokenLimit()).contains(1_048_576);
        assertThat(model.outputTokenLimit()).contains(65_536);
        assertThat(model.supportedActions().orElseThrow()).contains("generateContent", "countTokens");
        assertThat(model.thinking()).contains(true);
        assertThat(server.interactions().all()).singleElement().satisfies(call -> {
            assertThat(call.operationId()).isEqualTo("models.get");
            assertThat(call.path()).isEqualTo("/v1beta/models/gemini-2.5-flash");
        });
    }

    @Test
    void listsEveryModelPageByPage() {
        Pager<Model> pager =
                client.models.list(ListModelsConfig.builder().pageSize(2).build());

        List<String> names = new ArrayList<>();
        pager.forEach(model -> names.add(model.name().orElseThrow()));

        assertThat(names)
                .hasSize(GeminiModels.CATALOG.size())
                .doesNotHaveDuplicates()
                .contains("models/gemini-2.5-flash", "models/gemini-embedding-001");
        assertThat(server.interactions().all())
                .extracting(dev.mockapis.core.Interaction::operationId)
                .hasSize((GeminiModels.CATALOG.size() + 1) / 2)
                .containsOnly("models.list");
    }

    @Test
    void everyChatModelListedAnswersGenerateContent() {
        for (Model model : client.models.list(null)) {
            if (model.supportedActions().orElseThrow().contains("generateContent")) {
                String id = model.name().orElseThrow().substring("models/".length());
                assertThat(client.models.generateContent(id, "Hi", null).text()).isNotEmpty();
            }
        }
    }

    @Test
    void listsTheVeoModelsWithPredictLongRunningAsTheirOnlyAction() {
        Model veo = client.models.get("veo-3.1-generate-preview", null);

        assertThat(veo.displayName()).contains("Veo 3.1");
        assertThat(veo.version()).contains("3.1");
        assertThat(veo.inputTokenLimit()).contains(480);
        assertThat(veo.supportedActions()).contains(List.of("predictLongRunning"));
        assertThat(veo.temperature()).isEmpty();
        List<String> videoModels = new ArrayList<>();
        for (Model model : client.models.list(null)) {
            if (model.supportedActions().orElseThrow().contains("predictLongRunning")) {
                videoModels.add(model.name().orElseThrow());
            }
        }
        assertThat(videoModels)
                .containsExactly(
                        "models/veo-2.0-generate-001",
                        "models/veo-3.0-generate-001",
                        "models/veo-3.0-fast-generate-001",
                        "models/veo-3.1-generate-preview",
                        "models/veo-3.1-fast-generate-preview");
    }

    @Test
    void everyVideoModelListedGeneratesVideosAndNoText() {
        for (Model model : client.models.list(null)) {
            if (model.supportedActions().orElseThrow().contains("predictLongRunning")) {
                String id = model.name().orElseThrow().substring("models/".length());
                GenerateVideosOperation operation = client.models.generateVideos(
                        id, GenerateVideosSource.builder().prompt("A boat").build(), null);
                assertThat(operation.name())
                        .hasValueSatisfying(name -> assertThat(name).startsWith("models/" + id + "/operations/"));
                assertThatThrownBy(() -> client.models.generateContent(id, "Hi", null))
                        .isInstanceOf(ClientException.class)
                        .hasMessageContaining("404")
                        .hasMessageContaining("not supported for generateContent");
            }
        }
        assertThatThrownBy(() -> client.models.generateVideos(
                        GeminiClients.MODEL,
                        GenerateVideosSource.builder().prompt("A boat").build(),
                        null))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("not supported for predictLongRunning");
    }

    @Test
    void anUnknownModelIsNotFound() {
        assertThatThrownBy(() -> client.models.get("gemini-0.1-nope", null))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("404")
                .hasMessageContaining("models/gemini-0.1-nope is not found");
    }
}
