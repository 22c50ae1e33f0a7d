package dev.mockapis.openaiapp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.core.Interaction;
import org.junit.jupiter.api.Test;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * Spring AI 2's OpenAI module in Microsoft Foundry (Azure OpenAI) mode, which replaces 1.x's Azure OpenAI
 * module: the starter points it at the fake's Azure endpoint, which it calls with Azure's key header.
 */
@SpringBootTest(
        classes = OpenAiTestApplication.class,
        properties = {"spring.ai.openai.microsoft-foundry=true", "spring.ai.openai.chat.options.model=roses-gpt-4o"})
@MockApis
class SpringAiFoundryIntegrationTests {

    @Autowired
    OpenAiChatModel chat;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    Environment environment;

    @Test
    void theChatModelTalksToTheFakesAzureEndpoint() {
        String reply = chat.call(new Prompt("Hello from Foundry"))
                .getResult()
                .getOutput()
                .getText();

        assertThat(reply).isEqualTo("You said: \"Hello from Foundry\"");
        assertThat(environment.getProperty("spring.ai.openai.base-url"))
                .isEqualTo(environment.getProperty("mockapis.openai.root-url") + "/openai/v1");
        Interaction call =
                verifier.assertThat("openai").called("chat.completions.create").single();
        assertThat(call.path()).isEqualTo("/openai/v1/chat/completions");
        assertThat(call.headers().first("api-key")).as("redacted in the log").hasValue("<redacted>");
        assertThat(call.headers().first("Authorization")).isEmpty();
    }
}
