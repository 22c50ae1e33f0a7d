package dev.mockapis.core.conversation.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A model turn as any of the LLM fakes sees it, whichever provider and API asked for it: the model,
 * the instructions, the conversation so far, the tools offered and the tool results just sent back.
 * Replies and scenario matchers read it, so the same script works against every provider.
 *
 * @param operationId the operation asking for the turn, such as {@code messages.create}
 * @param model the model asked for
 * @param assistantId the stored assistant answering (OpenAI Assistants runs), or {@code null}
 * @param assistantName that assistant's name, or {@code null}
 * @param instructions the system instructions in force, or {@code null}
 * @param messages the conversation so far, oldest first
 * @param tools the function tools the model may call
 * @param toolResults the tool outputs sent back since the model last spoke (the user may have added words after
 *     them); otherwise empty
 * @param outputSchema the JSON Schema the answer must satisfy (structured output), or {@code null} for free text
 * @param maxOutputTokens the most tokens the answer may have, or {@code null} for no limit
 * @param stopSequences texts at which the model stops, before writing them
 * @param reasoning whether the request asks the model to think before answering and to show its thoughts
 *     (Anthropic's extended thinking, DeepSeek's thinking mode)
 * @param toolRequired whether the request forces a tool call (OpenAI's {@code tool_choice: "required"} or a named
 *     function, Anthropic's {@code any} or {@code tool}, Gemini's {@code ANY} mode): the default answer then calls
 *     the first of {@link #tools()}, which the provider has already narrowed to the chosen or allowed ones
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
        JsonNode outputSchema,
        Integer maxOutputTokens,
        List<String> stopSequences,
        boolean reasoning,
        boolean toolRequired) {

    /** Copies the lists. */
    public Turn {
        Objects.requireNonNull(operationId, "operationId");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        toolResults = List.copyOf(toolResults);
        stopSequences = List.copyOf(stopSequences);
    }

    /** Starts a turn for an operation and model. */
    public static Builder builder(String operationId, String model) {
        return new Builder(operationId, model);
    }

    /** This turn with reasoning asked for or not. */
    public Turn withReasoning(boolean enabled) {
        return new Turn(
                operationId,
                model,
                assistantId,
                assistantName,
                instructions,
                messages,
                tools,
                toolResults,
                outputSchema,
                maxOutputTokens,
                stopSequences,
                enabled,
                toolRequired);
    }

    /** This turn with a tool call forced or not. */
    public Turn withToolRequired(boolean required) {
        return new Turn(
                operationId,
                model,
                assistantId,
                assistantName,
                instructions,
                messages,
                tools,
                toolResults,
                outputSchema,
                maxOutputTokens,
                stopSequences,
                reasoning,
                required);
    }

    /** The text of the last user message, or an empty string when there is none. */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).role().equals(Message.USER)
                    && !messages.get(i).text().isEmpty()) {
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

    /** Every text the model reads, for counting input tokens. */
    public String inputText() {
        StringBuilder all = new StringBuilder(instructions == null ? "" : instructions);
        messages.forEach(message -> all.append('\n').append(message.text()));
        tools.forEach(tool -> all.append('\n')
                .append(tool.name())
                .append(' ')
                .append(tool.description() == null ? "" : tool.description())
                .append(' ')
                .append(tool.parameters() == null ? "" : tool.parameters().toString()));
        return all.toString();
    }

    /**
     * One message of the conversation.
     *
     * @param role {@link #USER}, {@link #ASSISTANT}, {@code system}, {@code developer} or {@code tool}
     * @param text its text content, empty when it has none
     */
    public record Message(String role, String text) {

        /** The role of the person talking to the model. */
        public static final String USER = "user";

        /** The role of the model. */
        public static final String ASSISTANT = "assistant";

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
        /** Validates. */
        public Tool {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A tool output sent back to the model.
     *
     * @param callId the id of the call it answers, or {@code null} when the provider has no call ids
     * @param toolName the tool's name, when the conversation says which call it answers; otherwise {@code null}
     * @param output the output, as text
     */
    public record ToolResult(String callId, String toolName, String output) {}

    /** Collects a turn's parts. */
    public static final class Builder {
        private final String operationId;
        private final String model;
        private String assistantId;
        private String assistantName;
        private String instructions;
        private final List<Message> messages = new ArrayList<>();
        private final List<Tool> tools = new ArrayList<>();
        private final List<ToolResult> toolResults = new ArrayList<>();
        private JsonNode outputSchema;
        private Integer maxOutputTokens;
        private final List<String> stopSequences = new ArrayList<>();
        private boolean reasoning;
        private boolean toolRequired;

        private Builder(String operationId, String model) {
            this.operationId = operationId;
            this.model = model;
        }

        /** The stored assistant answering, by id and name. */
        public Builder assistant(String id, String name) {
            this.assistantId = id;
            this.assistantName = name;
            return this;
        }

        /** Adds instructions; several parts are joined by blank lines. */
        public Builder instructions(String text) {
            if (text != null && !text.isEmpty()) {
                instructions = instructions == null ? text : instructions + "\n\n" + text;
            }
            return this;
        }

        /** Adds a message. */
        public Builder message(String role, String text) {
            messages.add(new Message(role, text));
            return this;
        }

        /** Adds a tool. */
        public Builder tool(String name, String description, JsonNode parameters) {
            tools.add(new Tool(name, description, parameters));
            return this;
        }

        /** Sets the tool results the conversation ends with, replacing earlier ones. */
        public Builder toolResults(List<ToolResult> results) {
            toolResults.clear();
            toolResults.addAll(results);
            return this;
        }

        /** The JSON Schema the answer must satisfy. */
        public Builder outputSchema(JsonNode schema) {
            this.outputSchema = schema;
            return this;
        }

        /** The most tokens the answer may have. */
        public Builder maxOutputTokens(Integer tokens) {
            this.maxOutputTokens = tokens;
            return this;
        }

        /** Adds a stop sequence. */
        public Builder stopSequence(String text) {
            if (text != null && !text.isEmpty()) {
                stopSequences.add(text);
            }
            return this;
        }

        /** Whether the model is to think before answering and show its thoughts. */
        public Builder reasoning(boolean enabled) {
            this.reasoning = enabled;
            return this;
        }

        /** Whether the request forces a call to one of the tools. */
        public Builder toolRequired(boolean required) {
            this.toolRequired = required;
            return this;
        }

        /** The turn. */
        public Turn build() {
            return new Turn(
                    operationId,
                    model,
                    assistantId,
                    assistantName,
                    instructions,
                    messages,
                    tools,
                    toolResults,
                    outputSchema,
                    maxOutputTokens,
                    stopSequences,
                    reasoning,
                    toolRequired);
        }
    }
}
