package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.models.ModelInfo;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Messages name a model the list serves, or one added for the test; any other is Anthropic's not_found_error. */
class AnthropicModelIdsTests {

    private final AnthropicFake fake = new AnthropicFake(Clock.systemUTC());
    private final FakeServer server = FakeServer.start(fake);
    private final AnthropicClient client = AnthropicClients.strict(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aClaudeModelTheListDoesNotServeIsNotFound() {
        NotFoundException refused = catchThrowableOfType(
                NotFoundException.class,
                () -> client.messages()
                        .create(AnthropicClients.ask("Hi")
                                .model("claude-sonnet-4-5-2025")
                                .build()));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.getMessage()).contains("not_found_error").contains("model: claude-sonnet-4-5-2025");
    }

    @Test
    void anAddedModelRunsAndIsListed() {
        fake.acceptModels(List.of("claude-acme-proxy"));

        assertThat(client.messages()
                        .create(AnthropicClients.ask("Hi")
                                .model("claude-acme-proxy")
                                .build())
                        .model()
                        .asString())
                .isEqualTo("claude-acme-proxy");
        assertThat(client.models().list().autoPager().stream().map(ModelInfo::id))
                .contains("claude-acme-proxy", "claude-sonnet-4-5-20250929");
        assertThat(client.models().retrieve("claude-acme-proxy").displayName()).isEqualTo("claude-acme-proxy");
    }
}
