package dev.mockapis.deepseek;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.models.models.Model;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ids added for a test run on the DeepSeek fake and are listed after DeepSeek's own. */
class DeepSeekModelIdsTests {

    private final DeepSeekFake fake = new DeepSeekFake(Clock.systemUTC());
    private final FakeServer server = FakeServer.start(fake);
    // DeepSeek's models list has no created time, which openai-java's validation requires
    private final OpenAIClient client =
            DeepSeekClients.builder(server).responseValidation(false).build();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAddedModelRunsAndIsListed() {
        fake.acceptModels(List.of("deepseek-v5-preview"));

        assertThat(client.chat()
                        .completions()
                        .create(DeepSeekClients.ask("deepseek-v5-preview", "Hi").build())
                        .model())
                .isEqualTo("deepseek-v5-preview");
        assertThat(client.models().list().data().stream().map(Model::id))
                .containsExactly(
                        "deepseek-v4-flash",
                        "deepseek-v4-pro",
                        "deepseek-chat",
                        "deepseek-reasoner",
                        "deepseek-v5-preview");
    }
}
