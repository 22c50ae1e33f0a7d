package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;

import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionSystemMessageParam;
import com.openai.models.completions.CompletionUsage;
import com.openai.models.embeddings.EmbeddingCreateParams;
import com.openai.models.embeddings.EmbeddingModel;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Token counts as OpenAI reports them. The expected values are OpenAI's own published figures: the
 * prompts of the cookbook "How to count tokens with tiktoken" (124 prompt tokens on gpt-4o and 129 on
 * gpt-4 for its corporate-jargon conversation; 101 and 105 with its weather tool), "Hello World"
 * embedding to 2 tokens, and "tiktoken is great!" encoding to 6 tokens in both encodings.
 */
class TokenCountsTests {

    @RegisterExtension
    static final OpenAiFakeExtension fake = new OpenAiFakeExtension();

    @Test
    void embeddingHelloWorldCountsTwoTokens() {
        for (EmbeddingModel model :
                List.of(EmbeddingModel.TEXT_EMBEDDING_3_SMALL, EmbeddingModel.TEXT_EMBEDDING_ADA_002)) {
            assertThat(fake.client()
                            .embeddings()
                            .create(EmbeddingCreateParams.builder()
                                    .model(model)
                                    .input("Hello World")
                                    .build())
                            .usage()
                            .promptTokens())
                    .isEqualTo(2);
        }
        assertThat(fake.client()
                        .embeddings()
                        .create(EmbeddingCreateParams.builder()
                                .model(EmbeddingModel.TEXT_EMBEDDING_3_LARGE)
                                .inputOfArrayOfStrings(List.of("Hello World", "tiktoken is great!"))
                                .build())
                        .usage()
                        .totalTokens())
                .isEqualTo(8);
    }

    @Test
    void chatPromptsCountAsTheCookbookShows() {
        assertThat(jargon(ChatModel.GPT_4O).promptTokens()).isEqualTo(124);
        assertThat(jargon(ChatModel.GPT_4O_MINI).promptTokens()).isEqualTo(124);
        assertThat(jargon(ChatModel.GPT_4).promptTokens()).isEqualTo(129);
    }

    @Test
    void functionToolsCountAsTheCookbookShows() {
        assertThat(weather(ChatModel.GPT_4O).promptTokens()).isEqualTo(101);
        assertThat(weather(ChatModel.GPT_4O_MINI).promptTokens()).isEqualTo(101);
        assertThat(weather(ChatModel.GPT_4).promptTokens()).isEqualTo(105);
        assertThat(weather(ChatModel.GPT_3_5_TURBO).promptTokens()).isEqualTo(105);
    }

    @Test
    void completionTokensAreTheAnswersTokensWithEveryDetailField() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("known")
                        .replies("tiktoken is great!")
                        .build());

        CompletionUsage usage = fake.client()
                .chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O_MINI)
                        .addUserMessage("Say it")
                        .build())
                .usage()
                .orElseThrow();

        assertThat(usage.completionTokens()).isEqualTo(6);
        assertThat(usage.totalTokens()).isEqualTo(usage.promptTokens() + 6);
        assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).contains(0L);
        assertThat(usage.completionTokensDetails().orElseThrow().reasoningTokens())
                .contains(0L);
    }

    @Test
    void aStreamsUsageChunkCountsAsTheCompletionWould() {
        fake.server()
                .useScenario(
                        OpenAiScenarios.builder("known").replies("Hello World").build());
        ChatCompletionCreateParams request = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("Hello World")
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build();

        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream =
                fake.client().chat().completions().createStreaming(request)) {
            chunks = stream.stream().toList();
        }

        CompletionUsage usage = chunks.get(chunks.size() - 1).usage().orElseThrow();
        // 3 for the message, 1 for "user", 2 for "Hello World", 3 to prime the reply
        assertThat(usage.promptTokens()).isEqualTo(9);
        assertThat(usage.completionTokens()).isEqualTo(2);
        assertThat(usage.promptTokensDetails().orElseThrow().cachedTokens()).contains(0L);
        assertThat(usage.completionTokensDetails().orElseThrow().reasoningTokens())
                .contains(0L);
    }

    @Test
    void responsesCountTheAnswerAndCarryCachedAndReasoningTokens() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("known")
                        .replies("tiktoken is great!")
                        .build());

        Response response = fake.client()
                .responses()
                .create(ResponseCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .input("Hello World")
                        .build());

        assertThat(response.usage().orElseThrow().outputTokens()).isEqualTo(6);
        assertThat(response.usage().orElseThrow().inputTokens()).isEqualTo(9);
        assertThat(response.usage().orElseThrow().inputTokensDetails().cachedTokens())
                .isZero();
        assertThat(response.usage().orElseThrow().outputTokensDetails().reasoningTokens())
                .isZero();
    }

    private static CompletionUsage jargon(ChatModel model) {
        ChatCompletionCreateParams request = ChatCompletionCreateParams.builder()
                .model(model)
                .addSystemMessage(
                        "You are a helpful, pattern-following assistant that translates corporate jargon into plain English.")
                .addMessage(example("example_user", "New synergies will help drive top-line growth."))
                .addMessage(example("example_assistant", "Things working well together will increase revenue."))
                .addMessage(
                        example(
                                "example_user",
                                "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage."))
                .addMessage(
                        example("example_assistant", "Let's talk later when we're less busy about how to do better."))
                .addUserMessage(
                        "This late pivot means we don't have time to boil the ocean for the client deliverable.")
                .maxCompletionTokens(1)
                .build();
        return usage(fake.client().chat().completions().create(request));
    }

    private static ChatCompletionSystemMessageParam example(String name, String content) {
        return ChatCompletionSystemMessageParam.builder()
                .name(name)
                .content(content)
                .build();
    }

    private static CompletionUsage weather(ChatModel model) {
        FunctionDefinition weather = FunctionDefinition.builder()
                .name("get_current_weather")
                .description("Get the current weather in a given location")
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty(
                                "properties",
                                JsonValue.from(Map.of(
                                        "location",
                                        Map.of(
                                                "type",
                                                "string",
                                                "description",
                                                "The city and state, e.g. San Francisco, CA"),
                                        "unit",
                                        Map.of(
                                                "type",
                                                "string",
                                                "description",
                                                "The unit of temperature to return",
                                                "enum",
                                                List.of("celsius", "fahrenheit")))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("location")))
                        .build())
                .build();
        ChatCompletionCreateParams request = ChatCompletionCreateParams.builder()
                .model(model)
                .addSystemMessage("You are a helpful assistant that can answer to questions about the weather.")
                .addUserMessage("What's the weather like in San Francisco?")
                .addTool(ChatCompletionFunctionTool.builder().function(weather).build())
                .build();
        return usage(fake.client().chat().completions().create(request));
    }

    private static CompletionUsage usage(ChatCompletion completion) {
        return completion.usage().orElseThrow();
    }
}
