package dev.mockapis.sample.agents.runtime;

import com.openai.client.OpenAIClient;
import com.openai.errors.NotFoundException;
import com.openai.models.beta.threads.messages.Message;
import com.openai.models.beta.threads.messages.MessageCreateParams;
import com.openai.models.beta.threads.messages.MessageListParams;
import com.openai.models.beta.threads.runs.RequiredActionFunctionToolCall;
import com.openai.models.beta.threads.runs.Run;
import com.openai.models.beta.threads.runs.RunCancelParams;
import com.openai.models.beta.threads.runs.RunCreateParams;
import com.openai.models.beta.threads.runs.RunRetrieveParams;
import com.openai.models.beta.threads.runs.RunStatus;
import com.openai.models.beta.threads.runs.RunSubmitToolOutputsParams;
import dev.mockapis.sample.tools.ToolBox;
import dev.mockapis.sample.tools.ToolContext;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Agents on the legacy Assistants API: one thread per customer, one assistant per agent, and a run per
 * turn that is polled until it completes, answering {@code requires_action} with
 * {@code submit_tool_outputs}. Kept so that a business still on Assistants runs the same agents.
 */
@Component
@SuppressWarnings("deprecation") // the Assistants API is the legacy runtime on purpose
class AssistantsRuntime implements AgentRuntime {

    private final OpenAIClient openAi;
    private final AgentSessions sessions;
    private final AssistantRegistry assistants;
    private final ToolBox toolBox;
    private final OpenAiProperties properties;

    AssistantsRuntime(
            OpenAIClient openAi,
            AgentSessions sessions,
            AssistantRegistry assistants,
            ToolBox toolBox,
            OpenAiProperties properties) {
        this.openAi = openAi;
        this.sessions = sessions;
        this.assistants = assistants;
        this.toolBox = toolBox;
        this.properties = properties;
    }

    @Override
    public RuntimeKind kind() {
        return RuntimeKind.ASSISTANTS;
    }

    @Override
    public String converse(AgentTurn turn) {
        String thread =
                sessions.find(turn.customer(), RuntimeKind.ASSISTANTS).orElseGet(() -> startThread(turn.customer()));
        if (turn.userText() != null) {
            try {
                addUserMessage(thread, turn.userText());
            } catch (NotFoundException e) {
                // the thread was deleted at OpenAI: the customer starts a fresh one
                thread = startThread(turn.customer());
                addUserMessage(thread, turn.userText());
            }
        }
        Run run = startRun(turn, thread);
        ToolContext context = new ToolContext(turn.customer(), turn.agent().name());
        for (int poll = 0; poll < properties.maxRunPolls(); poll++) {
            RunStatus status = run.status();
            if (status.equals(RunStatus.COMPLETED)) {
                return reply(thread, run.id());
            }
            if (status.equals(RunStatus.REQUIRES_ACTION)) {
                run = submitToolOutputs(thread, run, context);
            } else if (status.equals(RunStatus.QUEUED) || status.equals(RunStatus.IN_PROGRESS)) {
                pause();
                run = openAi.beta()
                        .threads()
                        .runs()
                        .retrieve(
                                run.id(),
                                RunRetrieveParams.builder().threadId(thread).build());
            } else {
                throw new AgentRuntimeException("Run " + run.id() + " of agent "
                        + turn.agent().name() + " ended " + status
                        + run.lastError().map(error -> ": " + error.message()).orElse(""));
            }
        }
        openAi.beta()
                .threads()
                .runs()
                .cancel(run.id(), RunCancelParams.builder().threadId(thread).build());
        throw new AgentRuntimeException(
                "Run " + run.id() + " did not finish after " + properties.maxRunPolls() + " polls");
    }

    private Run startRun(AgentTurn turn, String thread) {
        String assistant = assistants.assistantFor(turn.agent(), turn.tools());
        try {
            return openAi.beta().threads().runs().create(runParams(turn, thread, assistant));
        } catch (NotFoundException e) {
            // the assistant was deleted at OpenAI: create it again
            assistants.forget(assistant);
            return openAi.beta()
                    .threads()
                    .runs()
                    .create(runParams(turn, thread, assistants.assistantFor(turn.agent(), turn.tools())));
        }
    }

    private static RunCreateParams runParams(AgentTurn turn, String thread, String assistant) {
        RunCreateParams.Builder run = RunCreateParams.builder().threadId(thread).assistantId(assistant);
        if (!turn.context().isBlank()) {
            run.additionalInstructions(turn.context());
        }
        return run.build();
    }

    private Run submitToolOutputs(String thread, Run run, ToolContext context) {
        List<RequiredActionFunctionToolCall> calls =
                run.requiredAction().orElseThrow().submitToolOutputs().toolCalls();
        RunSubmitToolOutputsParams.Builder outputs =
                RunSubmitToolOutputsParams.builder().threadId(thread).runId(run.id());
        for (RequiredActionFunctionToolCall call : calls) {
            outputs.addToolOutput(RunSubmitToolOutputsParams.ToolOutput.builder()
                    .toolCallId(call.id())
                    .output(toolBox.execute(
                            context, call.function().name(), call.function().arguments()))
                    .build());
        }
        return openAi.beta().threads().runs().submitToolOutputs(outputs.build());
    }

    private String reply(String thread, String runId) {
        List<Message> newest = openAi.beta()
                .threads()
                .messages()
                .list(
                        thread,
                        MessageListParams.builder()
                                .order(MessageListParams.Order.DESC)
                                .limit(10)
                                .build())
                .data();
        return newest.stream()
                .filter(message -> message.role().equals(Message.Role.ASSISTANT)
                        && message.runId().filter(runId::equals).isPresent())
                .findFirst()
                .map(AssistantsRuntime::text)
                .orElseThrow(() -> new AgentRuntimeException("Run " + runId + " completed without a reply"));
    }

    private void addUserMessage(String thread, String text) {
        openAi.beta()
                .threads()
                .messages()
                .create(MessageCreateParams.builder()
                        .threadId(thread)
                        .role(MessageCreateParams.Role.USER)
                        .content(text)
                        .build());
    }

    private String startThread(String customer) {
        String id = openAi.beta().threads().create().id();
        sessions.save(customer, RuntimeKind.ASSISTANTS, id);
        return id;
    }

    private void pause() {
        try {
            Thread.sleep(properties.runPollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AgentRuntimeException("Interrupted while waiting for a run");
        }
    }

    private static String text(Message message) {
        return message.content().stream()
                .flatMap(content -> content.text().stream())
                .map(block -> block.text().value())
                .collect(Collectors.joining());
    }
}
