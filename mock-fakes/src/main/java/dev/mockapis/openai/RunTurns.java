package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How an Assistants run becomes a model {@link Turn}: the assistant with the run's overrides (model,
 * instructions, tools), the thread's messages, and the tool outputs just submitted.
 */
final class RunTurns {

    private RunTurns() {}

    static Turn turn(
            String operationId, List<Turn.Message> messages, Settings settings, List<Turn.ToolResult> results) {
        String instructions = settings.instructions().isEmpty() ? null : settings.instructions();
        return new Turn(
                operationId,
                settings.model(),
                settings.assistantId(),
                settings.assistant().path("name").asText(null),
                instructions,
                messages,
                ToolChoices.offered(Assistants.functions(settings.tools()), settings.toolChoice()),
                results,
                outputSchema(settings.assistant()),
                null,
                List.of(),
                false,
                ToolChoices.required(settings.toolChoice()));
    }

    private static @Nullable JsonNode outputSchema(JsonNode assistant) {
        JsonNode format = assistant.path("response_format");
        if ("json_schema".equals(format.path("type").asText())) {
            JsonNode schema = format.path("json_schema").path("schema");
            return schema.isMissingNode() ? ResponseFormats.jsonObject() : schema;
        }
        return "json_object".equals(format.path("type").asText()) ? ResponseFormats.jsonObject() : null;
    }

    static int promptTokens(Turn turn) {
        int tokens = Tokens.count(turn.instructions()) + 3;
        for (Turn.Message message : turn.messages()) {
            tokens += Tokens.PER_MESSAGE + Tokens.count(message.text());
        }
        for (Turn.ToolResult result : turn.toolResults()) {
            tokens += Tokens.PER_MESSAGE + Tokens.count(result.output());
        }
        return tokens;
    }

    static List<Turn.Message> messages(AssistantsState.ThreadRecord thread) {
        List<Turn.Message> messages = new ArrayList<>();
        thread.messages()
                .forEach(message ->
                        messages.add(new Turn.Message(message.path("role").asText(), AssistantShapes.text(message))));
        return messages;
    }

    static Turn.Message sentMessage(JsonNode message) {
        JsonNode content = message.path("content");
        String text = content.isTextual() ? content.asText() : ChatTranscript.text(content);
        return new Turn.Message(message.path("role").asText("user"), text);
    }

    /** Who runs and how: the assistant, and the model, instructions and tools the run uses. */
    record Settings(
            String assistantId,
            ObjectNode assistant,
            String model,
            String instructions,
            ArrayNode tools,
            @Nullable JsonNode toolChoice) {}

    static Settings settings(AssistantsState state, JsonBody body) {
        String assistantId = body.requiredString("assistant_id");
        ObjectNode assistant = state.assistant(assistantId);
        String instructions = body.optionalString("instructions")
                .orElse(assistant.path("instructions").asText(""));
        String additional = body.optionalString("additional_instructions").orElse(null);
        if (additional != null) {
            instructions = instructions.isEmpty() ? additional : instructions + "\n" + additional;
        }
        ArrayNode tools = body.optionalArray("tools")
                .map(declared -> Assistants.tools(declared, "tools"))
                .orElseGet(() -> (ArrayNode) assistant.path("tools").deepCopy());
        String model =
                body.optionalString("model").orElse(assistant.path("model").asText());
        return new Settings(
                assistantId,
                assistant,
                model,
                instructions,
                tools,
                body.node("tool_choice").orElse(null));
    }

    static Settings settings(AssistantsState state, ObjectNode run) {
        String assistantId = run.path("assistant_id").asText();
        ObjectNode assistant;
        try {
            assistant = state.assistant(assistantId);
        } catch (RuntimeException deleted) {
            assistant = JsonSupport.object();
        }
        return new Settings(
                assistantId,
                assistant,
                run.path("model").asText(),
                run.path("instructions").asText(""),
                (ArrayNode) run.path("tools"),
                run.get("tool_choice"));
    }
}
