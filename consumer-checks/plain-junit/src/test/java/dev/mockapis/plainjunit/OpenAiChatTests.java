package dev.mockapis.plainjunit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.errors.InternalServerException;
import com.openai.errors.RateLimitException;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import dev.mockapis.MockApis;
import dev.mockapis.MockInteractionVerifier;
import dev.mockapis.junit.BaseUrl;
import dev.mockapis.junit.MockApisTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** openai-java against the OpenAI fake, in plain JUnit 5: the extension injects the client and the verifier. */
@MockApisTest
class OpenAiChatTests {

    @Test
    void answersAChatCompletion(OpenAIClient client, MockInteractionVerifier verifier) {
        ChatCompletion completion = client.chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage("Where is my order?")
                        .build());

        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(completion.choices().get(0).message().content())
                .hasValueSatisfying(text -> assertThat(text).isNotBlank());
        verifier.expectCalls("openai", "chat.completions.create");
        verifier.assertThat("openai")
                .called("chat.completions.create")
                .once()
                .withJsonPath("model", "gpt-4o-mini")
                .withBodyContaining("Where is my order?");
    }

    @Test
    void servesAClientTheTestBuildsItself(@BaseUrl("openai") String baseUrl) {
        OpenAIClient own = OpenAIOkHttpClient.builder()
                .baseUrl(baseUrl)
                .apiKey("sk-my-own-key")
                .responseValidation(true)
                .build();
        try {
            ChatCompletion completion = own.chat()
                    .completions()
                    .create(ChatCompletionCreateParams.builder()
                            .model(ChatModel.GPT_4O)
                            .addUserMessage("Hi")
                            .build());

            assertThat(completion.choices()).hasSize(1);
        } finally {
            own.close();
        }
    }

    @Test
    @MockApis(openai = "tool_usage")
    void callsTheDeclaredToolThenAnswersWithItsOutput(OpenAIClient client, MockInteractionVerifier verifier) {
        ChatCompletionCreateParams.Builder request = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("Where is order 42?")
                .addFunctionTool(orderStatusTool());

        ChatCompletion first = client.chat().completions().create(request.build());

        ChatCompletion.Choice choice = first.choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call =
                choice.message().toolCalls().orElseThrow().get(0).asFunction();
        assertThat(call.function().name()).isEqualTo("get_order_status");
        assertThat(call.function().arguments()).contains("order_id");

        request.addMessage(choice.message())
                .addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId(call.id())
                        .content("{\"status\":\"shipped\"}")
                        .build());
        ChatCompletion second = client.chat().completions().create(request.build());

        assertThat(second.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(second.choices().get(0).message().content())
                .hasValueSatisfying(text -> assertThat(text).contains("shipped"));
        verifier.assertThat("openai").called("chat.completions.create").times(2);
    }

    @Test
    @MockApis(openai = "rate_limited")
    void rejectsEveryTurnWithARateLimitWhichTheSdkRetriesTwice(OpenAIClient client, MockInteractionVerifier verifier) {
        assertThatThrownBy(() -> client.chat()
                        .completions()
                        .create(ChatCompletionCreateParams.builder()
                                .model(ChatModel.GPT_4O)
                                .addUserMessage("Hi")
                                .build()))
                .isInstanceOfSatisfying(
                        RateLimitException.class, e -> assertThat(e.code()).hasValue("rate_limit_exceeded"));

        assertThat(verifier.operations("openai"))
                .containsExactly("chat.completions.create", "chat.completions.create", "chat.completions.create");
    }

    @Test
    @MockApis(openai = "flaky")
    void recoversFromAFlakyProviderThroughTheSdksRetries(OpenAIClient client, MockInteractionVerifier verifier) {
        OpenAIClient noRetries = client.withOptions(options -> options.maxRetries(0));
        ChatCompletionCreateParams hi = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("Hi")
                .build();

        assertThatThrownBy(() -> noRetries.chat().completions().create(hi)).isInstanceOf(InternalServerException.class);
        assertThatThrownBy(() -> noRetries.chat().completions().create(hi)).isInstanceOf(InternalServerException.class);
        assertThat(noRetries.chat().completions().create(hi).choices()).hasSize(1);

        verifier.assertThat("openai").called("chat.completions.create").times(3);
    }

    private static FunctionDefinition orderStatusTool() {
        return FunctionDefinition.builder()
                .name("get_order_status")
                .description("The shipping status of an order")
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty(
                                "properties", JsonValue.from(Map.of("order_id", Map.of("type", "string"))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("order_id")))
                        .build())
                .build();
    }
}
