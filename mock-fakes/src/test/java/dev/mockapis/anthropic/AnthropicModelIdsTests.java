package dev.mockapis.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.NotFoundException;
import com.anthropic.models.messages.Model;
import com.anthropic.models.models.ModelInfo;
import dev.mockapis.core.FakeServer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.util.ArrayList;
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
    void everyModelTheSdkNamesIsServedListedAndRetrievable() throws IllegalAccessException {
        List<String> named = new ArrayList<>();
        for (Field field : Model.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Model.class) {
                named.add(((Model) field.get(null)).asString());
            }
        }
        List<String> listed =
                client.models().list().autoPager().stream().map(ModelInfo::id).toList();

        assertThat(named).hasSizeGreaterThanOrEqualTo(22);
        for (String id : named) {
            String served = client.models().retrieve(id).id();
            assertThat(listed).contains(served);
            assertThat(client.messages()
                            .create(AnthropicClients.ask("Hi").model(id).build())
                            .model()
                            .asString())
                    .isEqualTo(id);
        }
    }

    @Test
    void aDeprecatedModelSaysWhenItRetires() {
        ModelInfo opus = client.models().retrieve("claude-opus-4-5");

        assertThat(opus.lifecycle()).isEqualTo(ModelInfo.Lifecycle.DEPRECATED);
        assertThat(opus.retiresAt()).map(at -> at.toLocalDate().toString()).contains("2027-01-22");
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
