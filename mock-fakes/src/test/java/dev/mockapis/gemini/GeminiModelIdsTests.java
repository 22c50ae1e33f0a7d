package dev.mockapis.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** generateContent runs the models the list serves and ids added for the test; any other is Google's NOT_FOUND. */
class GeminiModelIdsTests {

    private final GeminiFake fake = new GeminiFake(Clock.systemUTC());
    private final FakeServer server = FakeServer.start(fake);
    private final Client client = GeminiClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void anUnknownModelIsNotFoundForGenerateContent() {
        ClientException refused = catchThrowableOfType(
                ClientException.class, () -> client.models.generateContent("gemini-2.5-flsh", "Hi", null));

        assertThat(refused.code()).isEqualTo(404);
        assertThat(refused.status()).isEqualTo("NOT_FOUND");
        assertThat(refused.message())
                .isEqualTo("models/gemini-2.5-flsh is not found for API version v1beta, or is not supported for"
                        + " generateContent. Call ListModels to see the list of available models and their supported"
                        + " methods.");
    }

    @Test
    void anEmbeddingModelDoesNotGenerateContent() {
        ClientException refused = catchThrowableOfType(
                ClientException.class, () -> client.models.generateContent("gemini-embedding-001", "Hi", null));

        assertThat(refused.code()).isEqualTo(404);
    }

    @Test
    void anAddedModelGeneratesAndIsListed() {
        fake.acceptModels(List.of("models/gemini-acme-tuned"));

        assertThat(client.models
                        .generateContent("gemini-acme-tuned", "Hi", null)
                        .text())
                .isNotEmpty();
        assertThat(client.models.get("gemini-acme-tuned", null).name()).contains("models/gemini-acme-tuned");
    }
}
