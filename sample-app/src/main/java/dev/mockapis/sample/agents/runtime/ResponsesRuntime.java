package dev.mockapis.sample.agents.runtime;

import com.openai.client.OpenAIClient;
import com.openai.errors.NotFoundException;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseInputItem;
import dev.mockapis.sample.tools.ToolBox;
import dev.mockapis.sample.tools.ToolContext;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Agents on the Responses API, with one Conversation per customer: every agent's turn is a response in
 * the customer's conversation, so a specialist sees what the customer told triage. Tool calls come back
 * as {@code function_call} items and their outputs go back into the same conversation.
 */
@Component
class ResponsesRuntime implements AgentRuntime {

    private final OpenAIClient openAi;
    private final AgentSessions sessions;
    private final ToolBox toolBox;
    private final OpenAiProperties properties;

    ResponsesRuntime(OpenAIClient openAi, AgentSessions sessions, ToolBox toolBox, OpenAiProperties properties) {
        this.openAi = openAi;
        this.sessions = sessions;
        this.toolBox = toolBox;
        this.properties = properties;
    }

    @Override
    public RuntimeKind kind() {
        return RuntimeKind.RESPONSES;
    }

    @Override
    public String converse(AgentTurn turn) {
        String conversation = sessions.find(turn.customer(), RuntimeKind.RESPONSES)
                .orElseGet(() -> startConversation(turn.customer()));
        Response response;
        try {
            response = openAi.responses().create(request(turn, conversation).build());
        } catch (NotFoundException e) {
            // the conversation was deleted at OpenAI (or expired): the customer starts a fresh one
            conversation = startConversation(turn.customer());
            response = openAi.responses().create(request(turn, conversation).build());
        }
        for (int round = 0; round < properties.maxToolRounds(); round++) {
            List<ResponseFunctionToolCall> calls = response.output().stream()
                    .flatMap(item -> item.functionCall().stream())
                    .toList();
            if (calls.isEmpty()) {
                return text(response);
            }
            ToolContext context = new ToolContext(turn.customer(), turn.agent().name());
            List<ResponseInputItem> outputs = calls.stream()
                    .map(call -> ResponseInputItem.ofFunctionCallOutput(ResponseInputItem.FunctionCallOutput.builder()
                            .callId(call.callId())
                            .output(toolBox.execute(context, call.name(), call.arguments()))
                            .build()))
                    .toList();
            response = openAi.responses()
                    .create(base(turn, conversation).inputOfResponse(outputs).build());
        }
        throw new AgentRuntimeException("Agent " + turn.agent().name() + " was still calling tools after "
                + properties.maxToolRounds() + " rounds");
    }

    private ResponseCreateParams.Builder request(AgentTurn turn, String conversation) {
        ResponseCreateParams.Builder request = base(turn, conversation);
        if (turn.userText() != null) {
            request.input(turn.userText());
        }
        return request;
    }

    private ResponseCreateParams.Builder base(AgentTurn turn, String conversation) {
        ResponseCreateParams.Builder request = ResponseCreateParams.builder()
                .model(properties.model())
                .conversation(conversation)
                .instructions(turn.fullInstructions());
        turn.tools().forEach(tool -> request.addTool(FunctionSchemas.responsesTool(tool)));
        return request;
    }

    private String startConversation(String customer) {
        String id = openAi.conversations().create().id();
        sessions.save(customer, RuntimeKind.RESPONSES, id);
        return id;
    }

    private static String text(Response response) {
        return response.output().stream()
                .flatMap(item -> item.message().stream())
                .flatMap(message -> message.content().stream())
                .flatMap(content -> content.outputText().stream())
                .map(text -> text.text())
                .collect(Collectors.joining());
    }
}
