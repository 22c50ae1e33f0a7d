package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.BadRequestException;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.models.ModelInfo;
import com.anthropic.models.models.ModelListPage;
import com.anthropic.models.models.ModelListParams;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicModelsTests {

    private final FakeServer server = FakeServer.start(new AnthropicFake(Clock.systemUTC()));
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void listsTheCatalogNewestFirstWithCapabilities() {
        ModelListPage page = client.models().list();

        assertThat(page.data())
                .extracting(ModelInfo::id)
                .startsWith("claude-fable-5-2")
                .contains("claude-opus-5", "claude-sonnet-4-5-20250929");
        ModelInfo opus = page.data().get(0);
        assertThat(opus.displayName()).isEqualTo("Claude Fable 5.2");
        assertThat(opus.maxInputTokens()).contains(1_000_000L);
        assertThat(opus.lifecycle()).isEqualTo(ModelInfo.Lifecycle.ACTIVE);
        assertThat(opus.capabilities()
                        .orElseThrow()
                        .thinking()
                        .types()
                        .adaptive()
                        .supported())
                .isTrue();
        assertThat(page.firstId()).contains("claude-fable-5-2");
        assertThat(page.hasMore()).contains(false);
    }

    @Test
    void pagesWithAfterId() {
        ModelListPage first =
                client.models().list(ModelListParams.builder().limit(3).build());
        assertThat(first.data()).hasSize(3);
        assertThat(first.hasMore()).contains(true);

        List<String> all = new ArrayList<>();
        first.autoPager().forEach(model -> all.add(model.id()));

        assertThat(all).hasSize(19).doesNotHaveDuplicates();
        assertThat(server.interactions().all())
                .extracting(call -> call.query().getOrDefault("after_id", List.of()))
                .startsWith(List.of(), List.of(first.lastId().orElseThrow()));
    }

    @Test
    void pagesBackwardsWithBeforeId() {
        ModelListPage page = client.models()
                .list(ModelListParams.builder()
                        .beforeId("claude-sonnet-4-5-20250929")
                        .limit(2)
                        .build());

        assertThat(page.data())
                .extracting(ModelInfo::id)
                .containsExactly("claude-opus-4-5-20251101", "claude-haiku-4-5-20251001");
        assertThat(page.hasMore()).contains(true);
    }

    @Test
    void retrievesAModelAndResolvesAnAlias() {
        ModelInfo byAlias = client.models().retrieve("claude-sonnet-4-5");

        assertThat(byAlias.id()).isEqualTo("claude-sonnet-4-5-20250929");
        assertThat(byAlias.displayName()).isEqualTo("Claude Sonnet 4.5");
        assertThat(byAlias.createdAt().getYear()).isEqualTo(2025);
        assertThat(server.interactions().all())
                .singleElement()
                .satisfies(call -> assertThat(call.operationId()).isEqualTo("models.retrieve"));
    }

    @Test
    void everyListedModelAnswersAMessage() {
        for (ModelInfo model : client.models().list().autoPager()) {
            Message message = client.messages()
                    .create(AnthropicClients.ask("Hi").model(model.id()).build());
            assertThat(message.model().asString()).isEqualTo(model.id());
        }
    }

    @Test
    void anUnknownModelIsNotFoundAndABadLimitIsRefused() {
        assertThatThrownBy(() -> client.models().retrieve("claude-unknown-9"))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("model: claude-unknown-9");
        assertThatThrownBy(() -> client.models()
                        .list(ModelListParams.builder().limit(1001).build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("less than or equal to 1000");
    }
}
