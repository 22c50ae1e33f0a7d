package dev.mockapis.deepseek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.models.Model;
import dev.mockapis.core.FakeServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeepSeekChatTests {

    private static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    private final FakeServer server = FakeServer.start(new DeepSeekFake(Clock.fixed(NOW, ZoneOffset.UTC)));
    private final OpenAIClient client = DeepSeekClients.strict(server);

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aV4ModelThinksByDefaultAndShowsItsReasoning() {
        ChatCompletion completion = client.chat()
                .completions()
                .create(DeepSeekClients.ask(DeepSeekClients.FLASH, "Hello DeepSeek")
                        .build());

        assertThat(completion.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(completion.model()).isEqualTo(DeepSeekClients.FLASH);
        assertThat(completion.created()).isEqualTo(NOW.getEpochSecond());
        assertThat(DeepSeekClients.content(completion)).isEqualTo("You said: \"Hello DeepSeek\"");
        assertThat(DeepSeekClients.reasoning(completion))
                .isEqualTo("The user asks: \"Hello DeepSeek\". I will answer directly.");
        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(completion
                        .usage()
                        .orElseThrow()
                        .completionTokensDetails()
                        .orElseThrow()
                        .reasoningTokens())
                .hasValueSatisfying(tokens -> assertThat(tokens).isPositive());
        assertThat(server.interactions().all()).singleElement().satisfies(call -> {
            assertThat(call.operationId()).isEqualTo("chat.completions.create");
            assertThat(call.path()).isEqualTo("/chat/completions");
        });
    }

    @Test
    void theDeprecatedChatAliasAndDisabledThinkingShowNoReasoning() {
        ChatCompletion alias = client.chat()
                .completions()
                .create(DeepSeekClients.ask("deepseek-chat", "Hi").build());
        ChatCompletion disabled = client.chat()
                .completions()
                .create(DeepSeekClients.withoutThinking(DeepSeekClients.ask("deepseek-v4-pro", "Hi"))
                        .build());
        ChatCompletion reasoner = client.chat()
                .completions()
                .create(DeepSeekClients.ask("deepseek-reasoner", "Hi").build());

        assertThat(DeepSeekClients.reasoning(alias)).isNull();
        assertThat(DeepSeekClients.reasoning(disabled)).isNull();
        assertThat(DeepSeekClients.reasoning(reasoner)).isNotBlank();
    }

    @Test
    void usageReportsContextCacheHitsOnceAConversationRepeatsItsPrefix() {
        String manual = "You are the help desk of a bicycle shop. ".repeat(12);
        ChatCompletionCreateParams.Builder conversation = DeepSeekClients.ask(
                        DeepSeekClients.FLASH, "Do you repair brakes?")
                .addSystemMessage(manual);

        ChatCompletion first = client.chat().completions().create(conversation.build());
        ChatCompletion second = client.chat()
                .completions()
                .create(conversation
                        .addMessage(first.choices().get(0).message())
                        .addUserMessage("And tyres?")
                        .build());

        assertThat(DeepSeekClients.usage(first, "prompt_cache_hit_tokens")).isZero();
        assertThat(DeepSeekClients.usage(first, "prompt_cache_miss_tokens"))
                .isEqualTo(first.usage().orElseThrow().promptTokens());
        long hit = DeepSeekClients.usage(second, "prompt_cache_hit_tokens");
        assertThat(hit).isPositive().isEqualTo(hit / 64 * 64);
        assertThat(hit + DeepSeekClients.usage(second, "prompt_cache_miss_tokens"))
                .isEqualTo(second.usage().orElseThrow().promptTokens());
    }

    @Test
    void aToolLoopInThinkingModeSendsTheReasoningBack() {
        server.useScenario("tool_usage");
        ChatCompletionCreateParams.Builder request = DeepSeekClients.ask(DeepSeekClients.FLASH, "Weather in Paris?")
                .addFunctionTool(DeepSeekClients.weatherTool());

        ChatCompletion first = client.chat().completions().create(request.build());

        ChatCompletion.Choice choice = first.choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call =
                choice.message().toolCalls().orElseThrow().get(0).asFunction();
        assertThat(call.id()).startsWith("call_00_");
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(DeepSeekClients.reasoning(first))
                .isEqualTo("The user asks: \"Weather in Paris?\". I need get_weather for this, so I will call it.");

        request.addMessage(choice.message().toParam().toBuilder()
                        .putAdditionalProperty("reasoning_content", JsonValue.from(DeepSeekClients.reasoning(first)))
                        .build())
                .addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId(call.id())
                        .content("18°C and sunny")
                        .build());
        ChatCompletion second = client.chat().completions().create(request.build());

        assertThat(DeepSeekClients.content(second))
                .isEqualTo("Here is what I found: get_weather returned 18°C and sunny");
    }

    @Test
    void aToolLoopInThinkingModeThatDropsTheReasoningIsRejectedAsDeepSeekDoes() {
        server.useScenario("tool_usage");
        ChatCompletionCreateParams.Builder request = DeepSeekClients.ask(DeepSeekClients.FLASH, "Weather in Paris?")
                .addFunctionTool(DeepSeekClients.weatherTool());
        ChatCompletion.Choice choice =
                client.chat().completions().create(request.build()).choices().get(0);
        String callId =
                choice.message().toolCalls().orElseThrow().get(0).asFunction().id();

        request.addMessage(choice.message())
                .addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId(callId)
                        .content("Sunny")
                        .build());

        assertThatThrownBy(() -> client.chat().completions().create(request.build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("The `reasoning_content` in the thinking mode must be passed back to the API.");
    }

    @Test
    void aStreamedAnswerIsAccumulatedByTheSdkWithItsReasoningInTheDeltas() {
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        StringBuilder reasoning = new StringBuilder();
        try (StreamResponse<ChatCompletionChunk> stream = client.chat()
                .completions()
                .createStreaming(DeepSeekClients.ask(DeepSeekClients.FLASH, "Tell me a story")
                        .streamOptions(com.openai.models.chat.completions.ChatCompletionStreamOptions.builder()
                                .includeUsage(true)
                                .build())
                        .build())) {
            stream.stream().forEach(chunk -> {
                accumulator.accumulate(chunk);
                chunk.choices().stream()
                        .map(choice -> choice.delta()._additionalProperties().get("reasoning_content"))
                        .filter(Objects::nonNull)
                        .filter(value -> value.asString().isPresent())
                        .forEach(value -> reasoning.append(value.asStringOrThrow()));
            });
        }

        ChatCompletion completion = accumulator.chatCompletion();
        assertThat(DeepSeekClients.content(completion)).isEqualTo("You said: \"Tell me a story\"");
        assertThat(reasoning).hasToString("The user asks: \"Tell me a story\". I will answer directly.");
        assertThat(completion.usage().orElseThrow().promptTokens()).isPositive();
    }

    @Test
    void listsDeepSeeksModelsWhichLikeTheRealOnesHaveNoCreationTime() {
        OpenAIClient lenient =
                DeepSeekClients.builder(server).responseValidation(false).build();

        List<Model> models = lenient.models().list().data();

        lenient.close();
        assertThat(models)
                .extracting(Model::id)
                .containsExactly("deepseek-v4-flash", "deepseek-v4-pro", "deepseek-chat", "deepseek-reasoner");
        assertThat(models).allSatisfy(model -> {
            assertThat(model.ownedBy()).isEqualTo("deepseek");
            assertThat(model._created().isMissing()).isTrue();
        });
    }

    @Test
    void servesItsRoutesWithAndWithoutV1() {
        OpenAIClient v1 = DeepSeekClients.builder(server)
                .baseUrl(server.baseUrl() + "/v1")
                .maxRetries(0)
                .build();

        v1.chat()
                .completions()
                .create(DeepSeekClients.ask(DeepSeekClients.FLASH, "Hi").build());
        client.chat()
                .completions()
                .create(DeepSeekClients.ask(DeepSeekClients.FLASH, "Hi").build());

        v1.close();
        assertThat(server.interactions().all())
                .extracting(interaction -> interaction.path())
                .containsExactly("/v1/chat/completions", "/chat/completions");
    }

    @Test
    void maxTokensCutsTheAnswerWithFinishReasonLength() {
        ChatCompletion completion = client.chat()
                .completions()
                .create(DeepSeekClients.withoutThinking(
                                DeepSeekClients.ask(DeepSeekClients.FLASH, "Please repeat this long sentence"))
                        .maxTokens(3)
                        .build());

        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.LENGTH);
        assertThat(DeepSeekClients.content(completion)).isEqualTo("You said: \"P");
        assertThat(completion.choices().get(0).message()._additionalProperties())
                .doesNotContainKey("refusal");
        assertThat(Map.of("usage", completion.usage().orElseThrow().completionTokens()))
                .containsEntry("usage", 3L);
    }
}
