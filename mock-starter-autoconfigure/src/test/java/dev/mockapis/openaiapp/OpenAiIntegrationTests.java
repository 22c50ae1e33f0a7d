package dev.mockapis.openaiapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.client.OpenAIClient;
import com.openai.models.ChatModel;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

@SpringBootTest(classes = OpenAiTestApplication.class)
@MockApis
class OpenAiIntegrationTests {

    @Autowired
    OpenAIClient openAi;

    @Autowired
    ChatClient.Builder chatClients;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    Environment environment;

    @Test
    void theApplicationsOpenAiClientTalksToTheFakeKeepingItsOwnOptions() {
        ChatCompletion completion = openAi.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage("Hello")
                        .build());

        assertThat(completion.choices().get(0).message().content()).hasValue("You said: \"Hello\"");
        verifier.assertThat("openai")
                .called("chat.completions.create")
                .once()
                .withJsonPath("model", "gpt-4o-mini")
                .withHeader("Authorization", "Bearer <redacted>")
                .withHeader("X-App", "assistant");
    }

    @Test
    void springAiChatClientGetsItsReplyFromTheFake() {
        String reply =
                chatClients.build().prompt("Do you deliver on Sundays?").call().content();

        assertThat(reply).isEqualTo("You said: \"Do you deliver on Sundays?\"");
        verifier.assertThat("openai")
                .called("chat.completions.create")
                .once()
                .withJsonPath("messages[0].content", "Do you deliver on Sundays?");
    }

    @Test
    void springAiPropertiesPointAtTheFakeWhateverTheApplicationConfigured() {
        String fake = environment.getProperty("mockapis.openai.base-url");

        assertThat(fake).endsWith("/v1");
        assertThat(environment.getProperty("spring.ai.openai.base-url")).isEqualTo(fake);
        assertThat(environment.getProperty("spring.ai.openai.chat.base-url")).isEqualTo(fake);
        assertThat(environment.getProperty("spring.ai.openai.api-key")).isEqualTo("sk-mockapis-test");
    }

    @Test
    @MockApis(openai = "server_error")
    void scenariosApplyToSpringAiToo() {
        assertThat(verifier.operations("openai")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> chatClients.build().prompt("Hello").call().content())
                .isInstanceOf(RuntimeException.class);
        assertThat(verifier.operations("openai")).contains("chat.completions.create");
    }
}
