package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.models.ChatModel;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.chat.completions.ChatCompletionToolChoiceOption;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.chat.completions.StructuredChatCompletion;
import com.openai.models.chat.completions.StructuredChatCompletionCreateParams;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatCompletionsTests {

    @RegisterExtension
    static final OpenAiFakeExtension fake = new OpenAiFakeExtension();

    @Test
    void plainCompletionQuotesTheUsersLastMessageByDefault() {
        ChatCompletion completion = fake.client().chat().completions().create(params("What are your opening hours?"));

        assertThat(completion.id()).startsWith("chatcmpl-");
        assertThat(completion.choices()).singleElement().satisfies(choice -> {
            assertThat(choice.message().content()).hasValue("You said: \"What are your opening hours?\"");
            assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        });
        assertThat(fake.server().interactions().operations()).containsExactly("chat.completions.create");
    }

    @Test
    void scriptedRepliesComeInOrderAndTheLastRepeats() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("pricing")
                        .replies("Hi!", "Plans start at $10.")
                        .build());

        List<String> replies = List.of(
                content(fake.client().chat().completions().create(params("Hello"))),
                content(fake.client().chat().completions().create(params("How much?"))),
                content(fake.client().chat().completions().create(params("And now?"))));

        assertThat(replies).containsExactly("Hi!", "Plans start at $10.", "Plans start at $10.");
    }

    @Test
    void userTextRulesAnswerOnlyTheTurnsTheyMatch() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("keywords")
                        .when(OpenAiMatchers.userTextContains("refund"), "Refunds take 5 days.")
                        .build());

        assertThat(content(fake.client().chat().completions().create(params("I want a REFUND"))))
                .isEqualTo("Refunds take 5 days.");
        assertThat(content(fake.client().chat().completions().create(params("Hello"))))
                .isEqualTo("You said: \"Hello\"");
    }

    @Test
    void usageGrowsWithTheInputAndTheOutput() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("lengths")
                        .replies("Short.", "A much longer answer that takes many more tokens to say.")
                        .build());

        ChatCompletion small = fake.client().chat().completions().create(params("Hi"));
        ChatCompletion large = fake.client()
                .chat()
                .completions()
                .create(params("Hi, I would like to know a lot more about everything you sell, please"));

        assertThat(large.usage().get().promptTokens())
                .isGreaterThan(small.usage().get().promptTokens());
        assertThat(large.usage().get().completionTokens())
                .isGreaterThan(small.usage().get().completionTokens());
        assertThat(large.usage().get().totalTokens())
                .isEqualTo(
                        large.usage().get().promptTokens() + large.usage().get().completionTokens());
    }

    @Test
    void toolUsageCallsTheFirstToolWithSchemaValidArgumentsThenAnswersWithItsOutput() {
        fake.server().useScenario(OpenAiScenarios.TOOL_USAGE);
        ChatCompletionCreateParams.Builder request = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("What's the weather in Paris?")
                .addFunctionTool(weatherTool());

        ChatCompletion first = fake.client().chat().completions().create(request.build());

        ChatCompletion.Choice choice = first.choices().get(0);
        assertThat(choice.finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
        ChatCompletionMessageFunctionToolCall call =
                choice.message().toolCalls().get().get(0).asFunction();
        assertThat(call.id()).startsWith("call_");
        assertThat(call.function().name()).isEqualTo("get_weather");
        WeatherQuery query = call.function().arguments(WeatherQuery.class);
        assertThat(query.city).isNotBlank();
        assertThat(query.unit).isEqualTo("celsius");
        assertThat(query.days).isBetween(1, 7);

        request.addMessage(choice.message())
                .addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId(call.id())
                        .content("{\"temperature\":21}")
                        .build());
        ChatCompletion second = fake.client().chat().completions().create(request.build());

        assertThat(second.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(content(second)).contains("get_weather").contains("{\"temperature\":21}");
    }

    @Test
    void toolChoiceNoneKeepsTheModelFromCallingTools() {
        fake.server().useScenario(OpenAiScenarios.TOOL_USAGE);

        ChatCompletion completion = fake.client()
                .chat()
                .completions()
                .create(ChatCompletionCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addUserMessage("Just chat")
                        .addFunctionTool(weatherTool())
                        .toolChoice(ChatCompletionToolChoiceOption.Auto.NONE)
                        .build());

        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.STOP);
        assertThat(content(completion)).isEqualTo("You said: \"Just chat\"");
    }

    @Test
    void structuredOutputIsValidForTheRequestedSchema() {
        fake.server()
                .useScenario(
                        OpenAiScenarios.builder("structured").replies("Paris").build());

        StructuredChatCompletion<WeatherQuery> completion = fake.client()
                .chat()
                .completions()
                .create(StructuredChatCompletionCreateParams.<WeatherQuery>builder()
                        .model(ChatModel.GPT_4O)
                        .addUserMessage("Which city?")
                        .responseFormat(WeatherQuery.class)
                        .build());

        WeatherQuery answer = completion.choices().get(0).message().content().get();
        assertThat(answer.city).isEqualTo("Paris");
        assertThat(answer.unit).isNotBlank();
    }

    @Test
    void severalChoicesAreReturnedWhenNIsAsked() {
        ChatCompletion completion = fake.client()
                .chat()
                .completions()
                .create(params("Hi").toBuilder().n(3).build());

        assertThat(completion.choices())
                .extracting(ChatCompletion.Choice::index)
                .containsExactly(0L, 1L, 2L);
    }

    @Test
    void streamedTextAccumulatesToTheScriptedReplyWithAFinalUsageChunk() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("streamed")
                        .replies("Our shop opens at nine and closes at five.")
                        .build());
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        ChatCompletionCreateParams request = params("When are you open?").toBuilder()
                .streamOptions(
                        ChatCompletionStreamOptions.builder().includeUsage(true).build())
                .build();

        List<ChatCompletionChunk> chunks;
        try (StreamResponse<ChatCompletionChunk> stream =
                fake.client().chat().completions().createStreaming(request)) {
            chunks = stream.stream().peek(accumulator::accumulate).toList();
        }

        assertThat(chunks.size()).isGreaterThan(5);
        assertThat(chunks.get(chunks.size() - 1).choices()).isEmpty();
        assertThat(chunks.subList(0, chunks.size() - 1))
                .allSatisfy(chunk -> assertThat(chunk.usage()).isEmpty());
        ChatCompletion completion = accumulator.chatCompletion();
        assertThat(content(completion)).isEqualTo("Our shop opens at nine and closes at five.");
        assertThat(completion.usage().get().completionTokens()).isPositive();
    }

    @Test
    void streamedToolCallArgumentsAccumulateToTheScriptedArguments() {
        String arguments = "{\"city\":\"Lisbon\",\"unit\":\"celsius\",\"days\":3}";
        fake.server()
                .useScenario(Scenario.builder("streamed_tool")
                        .rule(Rule.on("chat.completions.create")
                                .proceedWith(Reply.toolCall("get_weather", arguments))
                                .build())
                        .build());
        ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
        ChatCompletionCreateParams request = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage("Weather?")
                .addFunctionTool(weatherTool())
                .build();

        try (StreamResponse<ChatCompletionChunk> stream =
                fake.client().chat().completions().createStreaming(request)) {
            stream.stream().forEach(accumulator::accumulate);
        }

        ChatCompletion completion = accumulator.chatCompletion();
        ChatCompletionMessageFunctionToolCall call =
                completion.choices().get(0).message().toolCalls().get().get(0).asFunction();
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).isEqualTo(arguments);
        assertThat(completion.choices().get(0).finishReason()).isEqualTo(ChatCompletion.Choice.FinishReason.TOOL_CALLS);
    }

    @Test
    void aRequestWithoutMessagesIsRejectedNamingTheParameter() {
        ChatCompletionCreateParams request = ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .messages(List.of())
                .build();

        assertThatThrownBy(() -> fake.client().chat().completions().create(request))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(400);
                    assertThat(e.param()).hasValue("messages");
                    assertThat(e.code()).hasValue("empty_array");
                    assertThat(e.headers().values("x-request-id"))
                            .singleElement()
                            .asString()
                            .startsWith("req_");
                });
    }

    @Test
    void aToolMessageWithoutAPrecedingToolCallIsRejected() {
        ChatCompletionCreateParams request = params("Hi").toBuilder()
                .addMessage(ChatCompletionToolMessageParam.builder()
                        .toolCallId("call_unknown")
                        .content("42")
                        .build())
                .build();

        assertThatThrownBy(() -> fake.client().chat().completions().create(request))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getMessage())
                                .contains("must be a response to a preceeding message with 'tool_calls'"));
    }

    private static ChatCompletionCreateParams params(String userText) {
        return ChatCompletionCreateParams.builder()
                .model(ChatModel.GPT_4O)
                .addUserMessage(userText)
                .build();
    }

    private static String content(ChatCompletion completion) {
        return completion.choices().get(0).message().content().orElseThrow();
    }

    static FunctionDefinition weatherTool() {
        return FunctionDefinition.builder()
                .name("get_weather")
                .description("Current weather for a city")
                .parameters(FunctionParameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty(
                                "properties",
                                JsonValue.from(Map.of(
                                        "city", Map.of("type", "string"),
                                        "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit")),
                                        "days", Map.of("type", "integer", "minimum", 1, "maximum", 7))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("city", "unit", "days")))
                        .putAdditionalProperty("additionalProperties", JsonValue.from(false))
                        .build())
                .build();
    }

    /** Arguments of the weather tool, and a structured answer. */
    static final class WeatherQuery {
        @JsonProperty(required = true)
        @JsonPropertyDescription("The city")
        public String city;

        @JsonProperty(required = true)
        @JsonPropertyDescription("celsius or fahrenheit")
        public String unit = "celsius";

        @JsonPropertyDescription("How many days ahead")
        public Integer days;
    }
}
