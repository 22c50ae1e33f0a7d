package dev.mockapis.consumer.springai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.chat.client.ChatClient;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Spring AI's ChatClients for OpenAI, Anthropic and DeepSeek get their replies from the fakes. */
@SpringBootTest(classes = SpringAiApplication.class)
@MockApis
class SpringAiChatClientsTests {

    @Autowired
    OpenAiChatModel openAiChatModel;

    @Autowired
    ChatModel deepSeekChatModel;

    @Autowired
    AnthropicChatModel anthropic;

    @Autowired
    MockInteractionVerifier verifier;

    @Test
    void anOpenAiChatClientIsAnsweredByTheOpenAiFake() {
        assertThat(ChatClient.create(openAiChatModel)
                        .prompt("Table for two tonight?")
                        .call()
                        .content())
                .isEqualTo("You said: \"Table for two tonight?\"");
        verifier.expectCalls("openai", "chat.completions.create");
    }

    @Test
    void anAnthropicChatClientIsAnsweredByTheAnthropicFake() {
        assertThat(ChatClient.create(anthropic)
                        .prompt("Table for two tonight?")
                        .call()
                        .content())
                .isEqualTo("You said: \"Table for two tonight?\"");
        verifier.expectCalls("anthropic", "messages.create");
    }

    @Test
    void aDeepSeekChatClientIsAnsweredByTheDeepSeekFake() {
        assertThat(ChatClient.create(deepSeekChatModel)
                        .prompt("Table for two tonight?")
                        .call()
                        .content())
                .isEqualTo("You said: \"Table for two tonight?\"");
        verifier.assertThat("deepseek")
                .called("chat.completions.create")
                .once()
                .withJsonPath("model", "deepseek-v4-flash");
    }

    @Test
    @MockApis(anthropic = "bakery")
    void aScenarioFileScriptsTheReplySpringAiGets() {
        assertThat(ChatClient.create(anthropic)
                        .prompt("When do you open?")
                        .call()
                        .content())
                .isEqualTo("We open at seven, every day but Monday.");
        assertThat(verifier.operations("anthropic")).containsExactly("messages.create");
    }
}
