package dev.mockapis.azureapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.errors.BadRequestException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.files.FileListPage;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.Interaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * openai-java clients built for Azure OpenAI reach the fake's Azure paths under {@code @MockApis}, with the
 * application's path shape, {@code api-version} and way of authenticating, so its Azure code is what the tests run.
 */
@SpringBootTest(classes = AzureOpenAiTestApplication.class)
@MockApis
class AzureOpenAiJavaIntegrationTests {

    private static final String DEPLOYMENT = "roses-gpt-4o";

    @Autowired
    @Qualifier("deploymentsClient")
    OpenAIClient deployments;

    @Autowired
    @Qualifier("v1Client")
    OpenAIClient v1;

    @Autowired
    @Qualifier("entraClient")
    OpenAIClient entra;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void aResourceEndpointWithAnAzureKeyCallsTheDeploymentPathWithItsServiceVersionAndKeyHeader() {
        ChatCompletion completion = deployments.chat().completions().create(question("Do you deliver on Sunday?"));

        assertThat(completion.choices().get(0).message().content()).hasValue("You said: \"Do you deliver on Sunday?\"");
        assertThat(completion._additionalProperties()).containsKey("prompt_filter_results");
        Interaction call =
                verifier.assertThat("openai").called("chat.completions.create").single();
        assertThat(call.path()).isEqualTo("/openai/deployments/" + DEPLOYMENT + "/chat/completions");
        assertThat(call.query()).containsEntry("api-version", List.of("2024-10-21"));
        assertThat(call.headers().first("api-key")).as("redacted in the log").hasValue("<redacted>");
        assertThat(call.headers().first("Authorization")).isEmpty();
    }

    @Test
    void callsWithoutADeploymentKeepTheServiceVersionOnTheResourcesPaths() {
        int embeddings = deployments
                .embeddings()
                .create(EmbeddingCreateParams.builder()
                        .model("roses-embeddings")
                        .input("tulips")
                        .build())
                .data()
                .size();
        FileListPage files = deployments.files().list();

        assertThat(embeddings).isEqualTo(1);
        assertThat(files.data()).isEmpty();
        List<Interaction> calls = verifier.interactions("openai");
        assertThat(calls)
                .extracting(Interaction::path)
                .containsExactly("/openai/deployments/roses-embeddings/embeddings", "/openai/files");
        assertThat(calls)
                .allSatisfy(call -> assertThat(call.query()).containsEntry("api-version", List.of("2024-10-21")));
    }

    @Test
    void theResourcesV1EndpointIsCalledAsAzuresV1Api() {
        deployments.chat().completions().create(question("warm-up on deployments"));
        v1.chat().completions().create(question("Hello on v1"));

        Interaction call = verifier.interactions("openai").get(1);
        assertThat(call.path()).isEqualTo("/openai/v1/chat/completions");
        assertThat(call.query()).doesNotContainKey("api-version");
        assertThat(call.headers().first("api-key")).hasValue("<redacted>");
    }

    @Test
    void anEntraIdClientSendsItsBearerTokenToTheDeploymentPath() {
        entra.chat().completions().create(question("Hello with a token"));

        Interaction call = verifier.interactions("openai").get(0);
        assertThat(call.path()).isEqualTo("/openai/deployments/" + DEPLOYMENT + "/chat/completions");
        assertThat(call.headers().first("Authorization")).hasValue("Bearer <redacted>");
        assertThat(call.headers().first("api-key")).isEmpty();
        assertThat(call.query()).containsKey("api-version");
    }

    @Test
    @MockApis(openai = "azure_content_filter")
    void azuresContentFilterReachesTheApplicationsAzureClient() {
        assertThatThrownBy(() -> deployments.chat().completions().create(question("something violent")))
                .isInstanceOfSatisfying(BadRequestException.class, refused -> {
                    assertThat(refused.statusCode()).isEqualTo(400);
                    assertThat(refused.code()).hasValue("content_filter");
                    assertThat(refused.param()).hasValue("prompt");
                });
    }

    private static ChatCompletionCreateParams question(String text) {
        return ChatCompletionCreateParams.builder()
                .model(DEPLOYMENT)
                .addUserMessage(text)
                .build();
    }
}
