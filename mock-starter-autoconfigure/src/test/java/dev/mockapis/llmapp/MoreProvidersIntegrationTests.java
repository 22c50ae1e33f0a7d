package dev.mockapis.llmapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.anthropic.client.AnthropicClient;
import com.anthropic.errors.InternalServerException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.google.genai.Client;
import com.google.genai.errors.ClientException;
import com.google.genai.types.GenerateContentResponse;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** Anthropic, Gemini and DeepSeek under @MockApis: SDK beans redirected, scenarios selected, calls verified. */
@SpringBootTest(classes = LlmTestApplication.class)
@MockApis
class MoreProvidersIntegrationTests {

    @Autowired
    AnthropicClient anthropic;

    @Autowired
    Client gemini;

    @Autowired
    MockInteractionVerifier verifier;

    @Autowired
    Environment environment;

    @Test
    void theApplicationsAnthropicClientTalksToTheFakeKeepingItsOwnOptions() {
        Message message = anthropic
                .messages()
                .create(MessageCreateParams.builder()
                        .model("claude-sonnet-4-5")
                        .maxTokens(256)
                        .addUserMessage("Do you open on Sundays?")
                        .build());

        assertThat(message.content().get(0).text().orElseThrow().text())
                .isEqualTo("You said: \"Do you open on Sundays?\"");
        verifier.assertThat("anthropic")
                .called("messages.create")
                .once()
                .withJsonPath("model", "claude-sonnet-4-5")
                .withHeader("Authorization", "Bearer <redacted>");
    }

    @Test
    @MockApis(anthropic = "overloaded")
    void anAnthropicOutageIsTheSdksOwnExceptionWithoutRetriesTheAppSwitchedOff() {
        assertThatThrownBy(() -> anthropic
                        .messages()
                        .create(MessageCreateParams.builder()
                                .model("claude-sonnet-4-5")
                                .maxTokens(64)
                                .addUserMessage("Hello")
                                .build()))
                .isInstanceOfSatisfying(
                        InternalServerException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(529));
        assertThat(verifier.operations("anthropic")).containsExactly("messages.create");
    }

    @Test
    void aGeminiClientIsProvidedAndTalksToTheFake() {
        GenerateContentResponse response =
                gemini.models.generateContent("gemini-2.5-flash", "What is on the menu?", null);

        assertThat(response.text()).isEqualTo("You said: \"What is on the menu?\"");
        verifier.expectCalls("gemini", "models.generate_content");
    }

    @Test
    @MockApis(gemini = "rate_limited")
    void aGeminiRateLimitFailsAtOnceInsteadOfRetryingForSeconds() {
        assertThatThrownBy(() -> gemini.models.generateContent("gemini-2.5-flash", "Hello", null))
                .isInstanceOfSatisfying(
                        ClientException.class, e -> assertThat(e.code()).isEqualTo(429));
        assertThat(verifier.operations("gemini")).hasSize(1);
    }

    @Test
    void deepSeekIsReachedByAnOpenAiCompatibleClientAtItsBaseUrl() {
        OpenAIClient deepSeek = OpenAIOkHttpClient.builder()
                .baseUrl(environment.getRequiredProperty("mockapis.deepseek.base-url"))
                .apiKey(environment.getRequiredProperty("mockapis.deepseek.api-key"))
                .build();

        ChatCompletion completion = deepSeek.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model("deepseek-v4-flash")
                        .addUserMessage("Hello")
                        .build());

        assertThat(completion.choices().get(0).message().content()).hasValue("You said: \"Hello\"");
        verifier.expectCalls("deepseek", "chat.completions.create");
    }

    @Test
    void springAiPropertiesOfAnthropicAndDeepSeekPointAtTheFakes() {
        assertThat(environment.getProperty("spring.ai.anthropic.base-url"))
                .isEqualTo(environment.getProperty("mockapis.anthropic.base-url"));
        assertThat(environment.getProperty("spring.ai.anthropic.api-key")).isEqualTo("sk-ant-mockapis-test");
        assertThat(environment.getProperty("spring.ai.deepseek.base-url"))
                .isEqualTo(environment.getProperty("mockapis.deepseek.base-url"));
        assertThat(environment.getProperty("mockapis.anthropic.base-url"))
                .startsWith("http://127.0.0.1:")
                .doesNotEndWith("/v1");
    }
}
