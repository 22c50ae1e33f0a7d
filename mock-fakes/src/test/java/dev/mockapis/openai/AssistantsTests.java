package dev.mockapis.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.NotFoundException;
import com.openai.models.ChatModel;
import com.openai.models.beta.assistants.Assistant;
import com.openai.models.beta.assistants.AssistantCreateParams;
import com.openai.models.beta.assistants.AssistantStreamEvent;
import com.openai.models.beta.threads.AssistantToolChoiceOption;
import com.openai.models.beta.threads.Thread;
import com.openai.models.beta.threads.ThreadCreateAndRunParams;
import com.openai.models.beta.threads.messages.Message;
import com.openai.models.beta.threads.messages.MessageCreateParams;
import com.openai.models.beta.threads.messages.MessageListParams;
import com.openai.models.beta.threads.runs.RequiredActionFunctionToolCall;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunCreateParams;
import com.openai.models.beta.threads.runs.RunRetrieveParams;
import com.openai.models.beta.threads.runs.RunStatus;
import com.openai.models.beta.threads.runs.RunSubmitToolOutputsParams;
import com.openai.models.beta.threads.runs.steps.RunStep;
import com.openai.models.beta.threads.runs.steps.StepListParams;
import dev.mockapis.core.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@SuppressWarnings("deprecation")
class AssistantsTests {

    @RegisterExtension
    static final OpenAiFakeExtension fake = new OpenAiFakeExtension();

    @Test
    void aRunMovesFromQueuedToCompletedOneStepPerRetrievalAndAppendsTheReplyToTheThread() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("support")
                        .replies("Hello from support!")
                        .build());
        Assistant assistant = assistant("Support");
        Thread thread = fake.client().beta().threads().create();
        fake.client().beta().threads().messages().create(userMessage(thread.id(), "Hi there"));

        Run run = startRun(thread.id(), assistant.id());
        List<RunStatus> statuses = new ArrayList<>(List.of(run.status()));
        statuses.addAll(pollUntilSettled(thread.id(), run.id()).stream()
                .map(Run::status)
                .toList());

        assertThat(assistant.id()).startsWith("asst_");
        assertThat(thread.id()).startsWith("thread_");
        assertThat(run.id()).startsWith("run_");
        assertThat(statuses).containsExactly(RunStatus.QUEUED, RunStatus.IN_PROGRESS, RunStatus.COMPLETED);
        List<Message> messages =
                fake.client().beta().threads().messages().list(thread.id()).data();
        assertThat(messages).extracting(AssistantsTests::text).containsExactly("Hello from support!", "Hi there");
        assertThat(messages.get(0).runId()).hasValue(run.id());
        assertThat(messages.get(0).assistantId()).hasValue(assistant.id());
        Run completed = retrieve(thread.id(), run.id());
        assertThat(completed.usage())
                .hasValueSatisfying(usage -> assertThat(usage.totalTokens()).isPositive());
        assertThat(steps(thread.id(), run.id()))
                .singleElement()
                .satisfies(step -> assertThat(step.stepDetails()
                                .messageCreation()
                                .get()
                                .messageCreation()
                                .messageId())
                        .isEqualTo(messages.get(0).id()));
    }

    @Test
    void aToolCallPausesTheRunUntilOutputsForEveryCallAreSubmitted() {
        fake.server().useScenario(OpenAiScenarios.TOOL_USAGE);
        Assistant assistant = fake.client()
                .beta()
                .assistants()
                .create(AssistantCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .name("Weather")
                        .addFunctionTool(ChatCompletionsTests.weatherTool())
                        .build());
        Thread thread = fake.client().beta().threads().create();
        fake.client().beta().threads().messages().create(userMessage(thread.id(), "Weather in Rome?"));
        Run run = startRun(thread.id(), assistant.id());

        Run waiting = pollUntilSettled(thread.id(), run.id()).get(1);

        assertThat(waiting.status()).isEqualTo(RunStatus.REQUIRES_ACTION);
        RequiredActionFunctionToolCall call =
                waiting.requiredAction().get().submitToolOutputs().toolCalls().get(0);
        assertThat(call.id()).startsWith("call_");
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).contains("\"city\"");
        assertThatThrownBy(() -> submit(thread.id(), run.id(), "call_wrong", "sunny"))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getMessage())
                                .contains("Expected tool outputs for call_ids ['" + call.id()
                                        + "'], got ['call_wrong']"));

        Run resumed = submit(thread.id(), run.id(), call.id(), "{\"sky\":\"sunny\"}");
        List<Run> polls = pollUntilSettled(thread.id(), run.id());

        assertThat(resumed.status()).isEqualTo(RunStatus.QUEUED);
        assertThat(polls.get(polls.size() - 1).status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(text(fake.client()
                        .beta()
                        .threads()
                        .messages()
                        .list(thread.id())
                        .data()
                        .get(0)))
                .isEqualTo("Here is what I found: get_weather returned {\"sky\":\"sunny\"}");
        List<RunStep> steps = steps(thread.id(), run.id());
        assertThat(steps).hasSize(2);
        assertThat(steps.get(1)
                        .stepDetails()
                        .toolCalls()
                        .get()
                        .toolCalls()
                        .get(0)
                        .asFunction()
                        .function()
                        .output())
                .hasValue("{\"sky\":\"sunny\"}");
    }

    @Test
    void aRunWithToolChoiceRequiredWaitsOnAToolCallUnderTheDefaultScenario() {
        Assistant assistant = fake.client()
                .beta()
                .assistants()
                .create(AssistantCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addFunctionTool(ChatCompletionsTests.weatherTool())
                        .build());
        Thread thread = fake.client().beta().threads().create();
        fake.client().beta().threads().messages().create(userMessage(thread.id(), "Weather in Rome?"));
        Run run = fake.client()
                .beta()
                .threads()
                .runs()
                .create(RunCreateParams.builder()
                        .threadId(thread.id())
                        .assistantId(assistant.id())
                        .toolChoice(AssistantToolChoiceOption.Auto.REQUIRED)
                        .build());

        List<Run> polls = pollUntilSettled(thread.id(), run.id());

        Run waiting = polls.get(polls.size() - 1);
        assertThat(waiting.status()).isEqualTo(RunStatus.REQUIRES_ACTION);
        RequiredActionFunctionToolCall call =
                waiting.requiredAction().get().submitToolOutputs().toolCalls().get(0);
        assertThat(call.function().name()).isEqualTo("get_weather");
        assertThat(call.function().arguments()).contains("\"city\"");
    }

    @Test
    void aStreamedRunSendsRunStepAndMessageEventsThenDone() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("streamed")
                        .replies("Streaming works fine.")
                        .build());
        Assistant assistant = assistant("Streamer");
        Thread thread = fake.client().beta().threads().create();
        fake.client().beta().threads().messages().create(userMessage(thread.id(), "Stream please"));
        StringBuilder deltas = new StringBuilder();

        try (StreamResponse<AssistantStreamEvent> stream = fake.client()
                .beta()
                .threads()
                .runs()
                .createStreaming(RunCreateParams.builder()
                        .threadId(thread.id())
                        .assistantId(assistant.id())
                        .build())) {
            stream.stream()
                    .forEach(event -> event.threadMessageDelta()
                            .ifPresent(delta -> delta.data()
                                    .delta()
                                    .content()
                                    .get()
                                    .forEach(block -> deltas.append(
                                            block.asText().text().get().value().get()))));
        }

        assertThat(deltas).hasToString("Streaming works fine.");
        assertThat(ResponsesTests.eventNames(lastInteraction()))
                .containsExactly(
                        "thread.run.created",
                        "thread.run.queued",
                        "thread.run.in_progress",
                        "thread.run.step.created",
                        "thread.run.step.in_progress",
                        "thread.message.created",
                        "thread.message.in_progress",
                        "thread.message.delta",
                        "thread.message.delta",
                        "thread.message.delta",
                        "thread.message.completed",
                        "thread.run.step.completed",
                        "thread.run.completed",
                        "done");
        assertThat(lastInteraction().responseBody()).endsWith("event: done\ndata: [DONE]\n\n");
        assertThat(text(fake.client()
                        .beta()
                        .threads()
                        .messages()
                        .list(thread.id())
                        .data()
                        .get(0)))
                .isEqualTo("Streaming works fine.");
    }

    @Test
    void aStreamedToolRunStopsAtRequiresActionAndResumesStreamingAfterTheOutputs() {
        fake.server().useScenario(OpenAiScenarios.TOOL_USAGE);
        Assistant assistant = fake.client()
                .beta()
                .assistants()
                .create(AssistantCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .addFunctionTool(ChatCompletionsTests.weatherTool())
                        .build());
        Thread thread = fake.client().beta().threads().create();
        fake.client().beta().threads().messages().create(userMessage(thread.id(), "Weather?"));

        List<AssistantStreamEvent> first;
        try (StreamResponse<AssistantStreamEvent> stream = fake.client()
                .beta()
                .threads()
                .runs()
                .createStreaming(RunCreateParams.builder()
                        .threadId(thread.id())
                        .assistantId(assistant.id())
                        .build())) {
            first = stream.stream().toList();
        }
        Run waiting = first.get(first.size() - 1).asThreadRunRequiresAction().data();
        String callId = waiting.requiredAction()
                .get()
                .submitToolOutputs()
                .toolCalls()
                .get(0)
                .id();
        List<AssistantStreamEvent> second;
        try (StreamResponse<AssistantStreamEvent> stream = fake.client()
                .beta()
                .threads()
                .runs()
                .submitToolOutputsStreaming(RunSubmitToolOutputsParams.builder()
                        .threadId(thread.id())
                        .runId(waiting.id())
                        .addToolOutput(RunSubmitToolOutputsParams.ToolOutput.builder()
                                .toolCallId(callId)
                                .output("rain")
                                .build())
                        .build())) {
            second = stream.stream().toList();
        }

        assertThat(second.get(0).isThreadRunStepCompleted()).isTrue();
        assertThat(second.get(second.size() - 1).asThreadRunCompleted().data().status())
                .isEqualTo(RunStatus.COMPLETED);
        assertThat(text(fake.client()
                        .beta()
                        .threads()
                        .messages()
                        .list(thread.id())
                        .data()
                        .get(0)))
                .contains("get_weather returned rain");
    }

    @Test
    void createAndRunStartsAThreadWithItsMessages() {
        fake.server()
                .useScenario(
                        OpenAiScenarios.builder("greeting").replies("Welcome!").build());
        Assistant assistant = assistant("Greeter");

        Run run = fake.client()
                .beta()
                .threads()
                .createAndRun(ThreadCreateAndRunParams.builder()
                        .assistantId(assistant.id())
                        .thread(ThreadCreateAndRunParams.Thread.builder()
                                .addMessage(ThreadCreateAndRunParams.Thread.Message.builder()
                                        .role(ThreadCreateAndRunParams.Thread.Message.Role.USER)
                                        .content("Hello")
                                        .build())
                                .build())
                        .build());
        pollUntilSettled(run.threadId(), run.id());

        assertThat(fake.client()
                        .beta()
                        .threads()
                        .messages()
                        .list(run.threadId())
                        .data())
                .extracting(AssistantsTests::text)
                .containsExactly("Welcome!", "Hello");
        assertThat(fake.client().beta().threads().runs().list(run.threadId()).data())
                .singleElement()
                .satisfies(listed -> assertThat(listed.status()).isEqualTo(RunStatus.COMPLETED));
    }

    @Test
    void eachAssistantFollowsItsOwnScriptSoCooperatingAgentsCanBeTested() {
        fake.server()
                .useScenario(OpenAiScenarios.builder("agents")
                        .when(OpenAiMatchers.assistantName("triage"), "Routing you to billing.")
                        .when(OpenAiMatchers.assistantName("billing"), "Your invoice is paid.")
                        .build());
        Assistant triage = assistant("triage");
        Assistant billing = assistant("billing");
        Thread thread = fake.client().beta().threads().create();
        fake.client().beta().threads().messages().create(userMessage(thread.id(), "Is my invoice paid?"));

        for (Assistant agent : List.of(triage, billing)) {
            Run run = startRun(thread.id(), agent.id());
            pollUntilSettled(thread.id(), run.id());
        }

        assertThat(fake.client().beta().threads().messages().list(thread.id()).data())
                .extracting(AssistantsTests::text)
                .containsExactly("Your invoice is paid.", "Routing you to billing.", "Is my invoice paid?");
    }

    @Test
    void aCancelledRunEndsCancelledAndMessagesCannotBeAddedWhileARunIsActive() {
        Assistant assistant = assistant("Support");
        Thread thread = fake.client().beta().threads().create();
        Run run = startRun(thread.id(), assistant.id());

        assertThatThrownBy(() -> fake.client().beta().threads().messages().create(userMessage(thread.id(), "More")))
                .isInstanceOfSatisfying(
                        BadRequestException.class,
                        e -> assertThat(e.getMessage()).contains("while a run " + run.id() + " is active"));
        Run cancelling = fake.client()
                .beta()
                .threads()
                .runs()
                .cancel(
                        run.id(),
                        com.openai.models.beta.threads.runs.RunCancelParams.builder()
                                .threadId(thread.id())
                                .build());

        assertThat(cancelling.status()).isEqualTo(RunStatus.CANCELLING);
        assertThat(retrieve(thread.id(), run.id()).status()).isEqualTo(RunStatus.CANCELLED);
    }

    @Test
    void autoPagingWalksThroughTwoHundredFiftyMessages() {
        Thread thread = fake.client().beta().threads().create();
        for (int i = 0; i < 250; i++) {
            fake.client().beta().threads().messages().create(userMessage(thread.id(), "message " + i));
        }
        int callsBefore = fake.server().interactions().size();

        List<String> texts = fake
                .client()
                .beta()
                .threads()
                .messages()
                .list(
                        thread.id(),
                        MessageListParams.builder()
                                .limit(100)
                                .order(MessageListParams.Order.ASC)
                                .build())
                .autoPager()
                .stream()
                .map(AssistantsTests::text)
                .collect(Collectors.toList());

        assertThat(texts)
                .hasSize(250)
                .startsWith("message 0")
                .endsWith("message 249")
                .doesNotHaveDuplicates();
        assertThat(fake.server().interactions().size() - callsBefore).isEqualTo(3);
    }

    @Test
    void assistantsAndThreadsCanBeListedUpdatedAndDeleted() {
        Assistant first = assistant("first");
        Assistant second = assistant("second");
        Thread thread = fake.client().beta().threads().create();
        String messageId = fake.client()
                .beta()
                .threads()
                .messages()
                .create(userMessage(thread.id(), "Hi"))
                .id();

        Assistant renamed = fake.client()
                .beta()
                .assistants()
                .update(
                        first.id(),
                        com.openai.models.beta.assistants.AssistantUpdateParams.builder()
                                .name("renamed")
                                .build());
        List<Assistant> listed = fake.client().beta().assistants().list().data();
        fake.client().beta().assistants().delete(second.id());
        fake.client().beta().threads().delete(thread.id());

        assertThat(renamed.name()).hasValue("renamed");
        assertThat(listed).extracting(Assistant::id).containsExactly(second.id(), first.id());
        assertThat(fake.client().beta().assistants().list().data())
                .extracting(Assistant::id)
                .containsExactly(first.id());
        assertThat(messageId).startsWith("msg_");
        assertThatThrownBy(() -> fake.client().beta().threads().retrieve(thread.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fake.client().beta().assistants().retrieve(second.id()))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.getMessage()).contains("No assistant found with id '" + second.id() + "'."));
    }

    @Test
    void anUnknownThreadIsNotFound() {
        assertThatThrownBy(() -> fake.client().beta().threads().retrieve("thread_nope"))
                .isInstanceOfSatisfying(
                        NotFoundException.class,
                        e -> assertThat(e.getMessage()).contains("No thread found with id 'thread_nope'."));
    }

    private static Assistant assistant(String name) {
        return fake.client()
                .beta()
                .assistants()
                .create(AssistantCreateParams.builder()
                        .model(ChatModel.GPT_4O)
                        .name(name)
                        .instructions("You are " + name + ".")
                        .build());
    }

    private static MessageCreateParams userMessage(String threadId, String text) {
        return MessageCreateParams.builder()
                .threadId(threadId)
                .role(MessageCreateParams.Role.USER)
                .content(text)
                .build();
    }

    private static Run startRun(String threadId, String assistantId) {
        return fake.client()
                .beta()
                .threads()
                .runs()
                .create(RunCreateParams.builder()
                        .threadId(threadId)
                        .assistantId(assistantId)
                        .build());
    }

    private static Run retrieve(String threadId, String runId) {
        return fake.client()
                .beta()
                .threads()
                .runs()
                .retrieve(runId, RunRetrieveParams.builder().threadId(threadId).build());
    }

    /** Retrieves the run until it completes, fails or waits on tools; each retrieval moves it one status. */
    private static List<Run> pollUntilSettled(String threadId, String runId) {
        List<Run> polls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            Run run = retrieve(threadId, runId);
            polls.add(run);
            if (run.status().equals(RunStatus.COMPLETED)
                    || run.status().equals(RunStatus.REQUIRES_ACTION)
                    || run.status().equals(RunStatus.CANCELLED)
                    || run.status().equals(RunStatus.FAILED)) {
                return polls;
            }
        }
        throw new AssertionError("The run never settled: " + polls);
    }

    private static Run submit(String threadId, String runId, String callId, String output) {
        return fake.client()
                .beta()
                .threads()
                .runs()
                .submitToolOutputs(RunSubmitToolOutputsParams.builder()
                        .threadId(threadId)
                        .runId(runId)
                        .addToolOutput(RunSubmitToolOutputsParams.ToolOutput.builder()
                                .toolCallId(callId)
                                .output(output)
                                .build())
                        .build());
    }

    private static List<RunStep> steps(String threadId, String runId) {
        return fake.client()
                .beta()
                .threads()
                .runs()
                .steps()
                .list(runId, StepListParams.builder().threadId(threadId).build())
                .data();
    }

    static String text(Message message) {
        return message.content().stream()
                .flatMap(content -> content.text().stream())
                .map(block -> block.text().value())
                .collect(Collectors.joining());
    }

    private static Interaction lastInteraction() {
        List<Interaction> all = fake.server().interactions().all();
        return all.get(all.size() - 1);
    }
}
