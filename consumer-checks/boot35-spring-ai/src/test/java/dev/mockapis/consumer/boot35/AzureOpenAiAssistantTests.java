package dev.mockapis.consumer.boot35;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.Interaction;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.ai.azure.openai.AzureOpenAiEmbeddingModel;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The assistant on Spring AI 1.1's Azure OpenAI module: the starter points its endpoint at the fake, whose Azure
 * paths answer Azure's SDK (deployment paths, {@code api-version}, {@code api-key}), plain and streamed.
 */
@SpringBootTest(properties = {"spring.ai.model.chat=azure-openai", "spring.ai.model.embedding=azure-openai"})
@MockApis
class AzureOpenAiAssistantTests {

    @Autowired
    ChatClient chat;

    @Autowired
    AzureOpenAiEmbeddingModel embeddings;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void theChatClientIsAnsweredOnTheDeploymentsPath() {
        String answer =
                chat.prompt().user("Do you have rye bread today?").call().content();

        assertThat(answer).isEqualTo("You said: \"Do you have rye bread today?\"");
        Interaction call =
                verifier.assertThat("openai").called("chat.completions.create").single();
        assertThat(call.path()).isEqualTo("/openai/deployments/roses-gpt-4o/chat/completions");
        assertThat(call.query()).containsKey("api-version");
        assertThat(call.headers().first("api-key")).as("redacted in the log").hasValue("<redacted>");
        assertThat(call.headers().first("Authorization")).isEmpty();
    }

    @Test
    void aStreamedAnswerArrivesWholeAfterAzuresAnnotationChunk() {
        List<String> parts = chat.prompt().user("When do you open on Saturday?").stream()
                .content()
                .collectList()
                .block();

        assertThat(parts).isNotNull();
        assertThat(String.join("", parts)).isEqualTo("You said: \"When do you open on Saturday?\"");
        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(verifier.assertThat("openai")
                        .called("chat.completions.create")
                        .single()
                        .path())
                .isEqualTo("/openai/deployments/roses-gpt-4o/chat/completions");
    }

    @Test
    void embeddingsComeFromTheEmbeddingDeployment() {
        float[] vector = embeddings.embed("sourdough");

        assertThat(vector).isNotEmpty();
        assertThat(verifier.assertThat("openai")
                        .called("embeddings.create")
                        .single()
                        .path())
                .isEqualTo("/openai/deployments/roses-embeddings/embeddings");
    }
}
