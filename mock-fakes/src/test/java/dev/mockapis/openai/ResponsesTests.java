package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.client.OpenAIClient;
import com.openai.core.JsonValue;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.ChatModel;
import com.openai.models.responses.FunctionTool;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.inputitems.InputItemListPage;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.conversation.Reply;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ResponsesTests {

    private static FakeServer openai;
    private static OpenAIClient client;

    @BeforeAll
    static void start() {
        openai = OpenAiFakeSupport.start();
        client = OpenAiFakeSupport.client(openai);
    }

    @AfterAll
    static void stop() {
        openai.close();
    }

    @AfterEach
    void reset() {
        openai.reset();
    }

    @Test
    void aResponseQuotesTheUserByDefault() {
        Response response =
                client.responses().create(params("Do you deliver on Sundays?").build());

        assertThat(response.id()).startsWith("resp_");
        assertThat(response.status()).hasValue(ResponseStatus.COMPLETED);
        assertThat(text(response)).isEqualTo("You said: \"Do you deliver on Sundays?\"");
        assertThat(response.output().get(0).asMessage().id()).startsWith("msg_");
        assertThat(response.usage().get().inputTokens()).isPositive();
    }

    @Test
    void chainedResponsesLetTheModelSeeEarlierTurns() {
        openai.useScenario(OpenAiScenarios.builder("memory")
                .when(
                        OpenAiMatchers.turn(
                                "knows the name",
                                turn -> turn.userTextContains("my name?")
                                        && turn.messages().stream()
                                                .anyMatch(message ->
                                                        message.text().contains("I am Ada"))),
                        "Your name is Ada.")
                .build());

        Response first = client.responses().create(params("Hello, I am Ada").build());
        Response chained = client.responses()
                .create(params("What is my name?")
                        .previousResponseId(first.id())
                        .build());
        Response unchained =
                client.responses().create(params("What is my name?").build());

        assertThat(text(chained)).isEqualTo("Your name is Ada.");
        assertThat(chained.previousResponseId()).hasValue(first.id());
        assertThat(text(unchained)).isEqualTo("You said: \"What is my name?\"");
        assertThat(chained.usage().get().inputTokens())
                .isGreaterThan(unchained.usage().get().inputTokens());
    }

    @Test
    void functionCallsComeBackAsOutputItemsAndTheirOutputsResumeTheTurn() {
        openai.useScenario(OpenAiScenarios.TOOL_USAGE);

        Response call = client.responses()
                .create(params("Weather in Oslo?").addTool(weatherTool()).build());

        ResponseFunctionToolCall functionCall = call.output().get(0).asFunctionCall();
        assertThat(functionCall.name()).isEqualTo("get_weather");
        assertThat(functionCall.callId()).startsWith("call_");
        assertThat(functionCall.id()).hasValueSatisfying(id -> assertThat(id).startsWith("fc_"));
        assertThat(functionCall.arguments()).contains("\"city\"");

        Response answer = client.responses()
                .create(ResponseCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .previousResponseId(call.id())
                        .addTool(weatherTool())
                        .inputOfResponse(List.of(
                                ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                                        .callId(functionCall.callId())
                                        .output("{\"temperature\":4}")
                                        .build())))
                        .build());

        assertThat(text(answer)).isEqualTo("Here is what I found: get_weather returned {\"temperature\":4}");
    }

    @Test
    void anOutputForAnUnknownCallIsRejected() {
        Response first = client.responses().create(params("Hi").build());

        assertThatThrownBy(() -> client.responses()
                        .create(ResponseCreateParams.builder()
                                .model(ChatModel.GPT_4O)
                                .previousResponseId(first.id())
                                .inputOfResponse(List.of(ResponseInputItem.ofFunctionCallOutput(
                                        ResponseInputItem.FunctionCallOutput.builder()
                                                .callId("call_nope")
                                                .output("42")
                                                .build())))
                                .build()))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getMessage())
                                .contains("No tool call found for function call output with call_id call_nope."));
    }

    @Test
    void aStreamedResponseSendsTheDocumentedEventsInOrder() {
        openai.useScenario(
                OpenAiScenarios.builder("streamed").replies("We open at nine.").build());
        ResponseAccumulator accumulator = ResponseAccumulator.create();
        StringBuilder deltas = new StringBuilder();

        try (StreamResponse<ResponseStreamEvent> stream =
                client.responses().createStreaming(params("When?").build())) {
            stream.stream()
                    .peek(accumulator::accumulate)
                    .forEach(event -> event.outputTextDelta().ifPresent(delta -> deltas.append(delta.delta())));
        }

        assertThat(deltas).hasToString("We open at nine.");
        assertThat(text(accumulator.response())).isEqualTo("We open at nine.");
        assertThat(eventNames(lastInteraction()))
                .containsExactly(
                        "response.created",
                        "response.in_progress",
                        "response.output_item.added",
                        "response.content_part.added",
                        "response.output_text.delta",
                        "response.output_text.delta",
                        "response.output_text.delta",
                        "response.output_text.delta",
                        "response.output_text.done",
                        "response.content_part.done",
                        "response.output_item.done",
                        "response.completed");
    }

    @Test
    void aStreamedFunctionCallSendsItsArgumentsInFragments() {
        openai.useScenario(OpenAiScenarios.builder("streamed_tool")
                .replies(Reply.toolCall("get_weather", "{\"city\":\"Reykjavik\",\"unit\":\"celsius\"}"))
                .build());
        ResponseAccumulator accumulator = ResponseAccumulator.create();

        try (StreamResponse<ResponseStreamEvent> stream = client.responses()
                .createStreaming(params("Weather?").addTool(weatherTool()).build())) {
            stream.stream().forEach(accumulator::accumulate);
        }

        ResponseFunctionToolCall call = accumulator.response().output().get(0).asFunctionCall();
        assertThat(call.arguments()).isEqualTo("{\"city\":\"Reykjavik\",\"unit\":\"celsius\"}");
        assertThat(eventNames(lastInteraction()))
                .contains("response.function_call_arguments.delta", "response.function_call_arguments.done")
                .doesNotContain("response.output_text.delta");
    }

    @Test
    void storedResponsesCanBeRetrievedListedAndDeleted() {
        Response created = client.responses().create(params("Keep this").build());

        Response retrieved = client.responses().retrieve(created.id());
        InputItemListPage input = client.responses().inputItems().list(created.id());
        client.responses().delete(created.id());

        assertThat(text(retrieved)).isEqualTo(text(created));
        assertThat(input.data())
                .singleElement()
                .satisfies(item -> assertThat(item.asResponseInputMessageItem()
                                .content()
                                .get(0)
                                .asInputText()
                                .text())
                        .isEqualTo("Keep this"));
        assertThatThrownBy(() -> client.responses().retrieve(created.id()))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.getMessage()).contains("Response with id '" + created.id() + "' not found."));
    }

    @Test
    void anUnstoredResponseCannotBeChainedTo() {
        Response unstored =
                client.responses().create(params("Forget me").store(false).build());

        assertThatThrownBy(() -> client.responses()
                        .create(params("Again")
                                .previousResponseId(unstored.id())
                                .build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.code()).hasValue("previous_response_not_found");
                    assertThat(e.param()).hasValue("previous_response_id");
                });
    }

    @Test
    void aBackgroundResponseCompletesOneStepPerRetrievalAndCannotBeCancelledOnceDone() {
        Response queued = client.responses()
                .create(params("Take your time").background(true).build());

        Response inProgress = client.responses().retrieve(queued.id());
        Response completed = client.responses().retrieve(queued.id());

        assertThat(queued.status()).hasValue(ResponseStatus.QUEUED);
        assertThat(queued.output()).isEmpty();
        assertThat(inProgress.status()).hasValue(ResponseStatus.IN_PROGRESS);
        assertThat(completed.status()).hasValue(ResponseStatus.COMPLETED);
        assertThat(text(completed)).isEqualTo("You said: \"Take your time\"");
        assertThatThrownBy(() -> client.responses().cancel(queued.id())).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aQueuedBackgroundResponseCanBeCancelled() {
        Response queued =
                client.responses().create(params("Never mind").background(true).build());

        Response cancelled = client.responses().cancel(queued.id());

        assertThat(cancelled.status()).hasValue(ResponseStatus.CANCELLED);
        assertThat(client.responses().retrieve(queued.id()).status()).hasValue(ResponseStatus.CANCELLED);
    }

    @Test
    void aMissingModelIsRejectedNamingTheParameter() {
        assertThatThrownBy(() -> client.responses()
                        .create(ResponseCreateParams.builder().input("Hi").build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.param()).hasValue("model");
                    assertThat(e.getMessage()).contains("Missing required parameter: 'model'.");
                });
    }

    static ResponseCreateParams.Builder params(String input) {
        return ResponseCreateParams.builder().model(ChatModel.GPT_4O).input(input);
    }

    static String text(Response response) {
        return response.output().stream()
                .flatMap(item -> item.message().stream())
                .flatMap(message -> message.content().stream())
                .map(content -> content.asOutputText().text())
                .reduce("", String::concat);
    }

    static FunctionTool weatherTool() {
        return FunctionTool.builder()
                .name("get_weather")
                .description("Current weather for a city")
                .strict(true)
                .parameters(FunctionTool.Parameters.builder()
                        .putAdditionalProperty("type", JsonValue.from("object"))
                        .putAdditionalProperty(
                                "properties",
                                JsonValue.from(Map.of(
                                        "city", Map.of("type", "string"),
                                        "unit", Map.of("type", "string", "enum", List.of("celsius", "fahrenheit")))))
                        .putAdditionalProperty("required", JsonValue.from(List.of("city", "unit")))
                        .putAdditionalProperty("additionalProperties", JsonValue.from(false))
                        .build())
                .build();
    }

    private static Interaction lastInteraction() {
        List<Interaction> all = openai.interactions().all();
        return all.get(all.size() - 1);
    }

    static List<String> eventNames(Interaction interaction) {
        return Arrays.stream(interaction.responseBody().split("\n"))
                .filter(line -> line.startsWith("event: "))
                .map(line -> line.substring("event: ".length()))
                .toList();
    }
}
