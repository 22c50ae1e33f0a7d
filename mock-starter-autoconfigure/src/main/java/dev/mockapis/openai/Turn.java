package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A model turn as the OpenAI fake sees it, whichever API asked for it (Chat Completions, Responses or an
 * Assistants run): who is answering, with which instructions and tools, the conversation so far and
 * the tool results just sent back. Scenario matchers ({@link OpenAiMatchers}) and replies read it.
 *
 * @param operationId the operation asking for the turn, such as {@code responses.create}
 * @param model the model asked for
 * @param assistantId the assistant running, for Assistants runs; otherwise {@code null}
 * @param assistantName the assistant's name, for Assistants runs; otherwise {@code null}
 * @param instructions the instructions in force (system and developer messages, {@code instructions}), or {@code null}
 * @param messages the conversation so far, oldest first, including earlier turns the API keeps
 * @param tools the function tools declared for this turn
 * @param toolResults the tool outputs just sent back, when the conversation ends with them; otherwise empty
 * @param outputSchema the JSON Schema the answer must satisfy (structured output), or {@code null} for free text
 */
public record Turn(
        String operationId,
        String model,
        String assistantId,
        String assistantName,
        String instructions,
        List<Message> messages,
        List<Tool> tools,
        List<ToolResult> toolResults,
        JsonNode outputSchema) {

    /** Copies the lists. */
    public Turn {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        toolResults = List.copyOf(toolResults);
    }

    /** The text of the last user message, or an empty string when there is none. */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals("user")) {
                return messages.get(i).text();
            }
        }
        return "";
    }

    /** Whether the last user message contains the text, ignoring case. */
    public boolean userTextContains(String text) {
        return lastUserText().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** Whether the instructions contain the text, ignoring case. */
    public boolean instructionsContain(String text) {
        return instructions != null && instructions.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT));
    }

    /** The declared tool of that name. */
    public Optional<Tool> tool(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst();
    }

    /**
     * One message of the conversation.
     *
     * @param role {@code user}, {@code assistant}, {@code system}, {@code developer} or {@code tool}
     * @param text its text content
     */
    public record Message(String role, String text) {
        /** Validates. */
        public Message {
            Objects.requireNonNull(role, "role");
            text = text == null ? "" : text;
        }
    }

    /**
     * A function tool the model may call.
     *
     * @param name the function name
     * @param description its description, or {@code null}
     * @param parameters its JSON Schema, or {@code null}
     */
    public record Tool(String name, String description, JsonNode parameters) {
    }

    /**
     * A tool output sent back to the model.
     *
     * @param callId the id of the call it answers
     * @param toolName the tool's name, when the conversation says which call it answers; otherwise {@code null}
     * @param output the output
     */
    public record ToolResult(String callId, String toolName, String output) {
    }
}
