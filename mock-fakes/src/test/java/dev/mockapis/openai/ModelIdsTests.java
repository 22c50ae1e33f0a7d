package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.models.Model;
import com.openai.models.responses.ResponseCreateParams;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAI fake runs the models its list serves, fine-tunes and ids added for the test; any other is OpenAI's model_not_found. */
class ModelIdsTests {

    private static final OpenAiFake FAKE = new OpenAiFake(Clock.systemUTC());
    private static FakeServer openai;
    private static OpenAIClient client;

    @BeforeAll
    static void start() {
        FAKE.acceptModels(List.of("acme-proxy-gpt", " "));
        openai = FakeServer.start(FAKE);
        client = OpenAiFakeSupport.client(openai);
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    private static ChatCompletionCreateParams chat(String model) {
        return ChatCompletionCreateParams.builder()
                .model(model)
                .addUserMessage("Hello")
                .build();
    }

    @Test
    void aMistypedModelIsNotFoundInOpenAisWords() {
        NotFoundException refused = catchThrowableOfType(
                NotFoundException.class, () -> client.chat().completions().create(chat("gpt-4o-minii")));

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.code()).contains("model_not_found");
        assertThat(refused.type()).contains("invalid_request_error");
        assertThat(refused.param()).isEmpty();
        assertThat(refused.getMessage())
                .contains("The model `gpt-4o-minii` does not exist or you do not have access to it.");
    }

    @Test
    void theResponsesApiRefusesAnUnknownModelWithA400NamingTheParameter() {
        BadRequestException refused = catchThrowableOfType(
                BadRequestException.class,
                () -> client.responses()
                        .create(ResponseCreateParams.builder()
                                .model("gpt-5.9-turbo")
                                .input("Hi")
                                .build()));

        assertThat(refused.code()).contains("model_not_found");
        assertThat(refused.param()).contains("model");
        assertThat(refused.getMessage()).contains("The requested model 'gpt-5.9-turbo' does not exist.");
    }

    @Test
    void embeddingsWithAnUnknownModelAreNotFound() {
        NotFoundException refused = catchThrowableOfType(
                NotFoundException.class,
                () -> client.embeddings()
                        .create(EmbeddingCreateParams.builder()
                                .model("text-embedding-4-small")
                                .input("Hello World")
                                .build()));

        assertThat(refused.code()).contains("model_not_found");
    }

    @Test
    void everyModelTheListServesRunsAndCanBeRetrieved() {
        List<String> listed =
                client.models().list().data().stream().map(Model::id).toList();

        assertThat(listed)
                .contains(
                        "gpt-4o-mini",
                        "gpt-4.1",
                        "gpt-5",
                        "o3",
                        "gpt-3.5-turbo",
                        "text-embedding-3-small",
                        "whisper-1",
                        "omni-moderation-latest",
                        "acme-proxy-gpt")
                .doesNotHaveDuplicates()
                .doesNotContain(" ", "");
        for (String model : List.of("gpt-4o-mini", "gpt-5", "acme-proxy-gpt")) {
            ChatCompletion completion = client.chat().completions().create(chat(model));
            assertThat(completion.model()).isEqualTo(model);
            assertThat(client.models().retrieve(model).id()).isEqualTo(model);
        }
        assertThat(client.models().retrieve("acme-proxy-gpt").ownedBy()).isEqualTo("organization-owner");
    }

    @Test
    void fineTunedModelsRunAndAreOwnedByTheOrganization() {
        String fineTune = "ft:gpt-4o-mini-2024-07-18:acme::9xTAoqzZ";

        ChatCompletion completion = client.chat().completions().create(chat(fineTune));

        assertThat(completion.model()).isEqualTo(fineTune);
        assertThat(client.models().retrieve(fineTune).ownedBy()).isEqualTo("organization-owner");
        assertThat(catchThrowableOfType(
                        NotFoundException.class,
                        () -> client.chat().completions().create(chat("ft:"))))
                .isNotNull();
    }

    @Test
    void withStrictRequestsOffAVendorExtensionPassesButAMistypedModelIsStillRefused() {
        openai.strictRequests(false);
        try {
            assertThat(client.chat()
                            .completions()
                            .create(chat(ChatModel.GPT_4O_MINI.asString()).toBuilder()
                                    .putAdditionalBodyProperty("vendor_extension", JsonValue.from(true))
                                    .build())
                            .model())
                    .isEqualTo("gpt-4o-mini");
            NotFoundException refused = catchThrowableOfType(
                    NotFoundException.class, () -> client.chat().completions().create(chat("gpt-4o-minii")));
            assertThat(refused).isNotNull();
            assertThat(refused.code()).contains("model_not_found");
        } finally {
            openai.strictRequests(true);
        }
    }
}
