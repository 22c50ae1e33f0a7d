package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import dev.mockapis.core.conversation.Turn;

/**
 * {@code tool_choice} as the model honours it: {@code none} hides the tools, a named function leaves
 * only that one; {@code auto} and {@code required} leave them all.
 */
final class ToolChoices {

    private ToolChoices() {
    }

    static List<Turn.Tool> offered(List<Turn.Tool> tools, JsonNode toolChoice) {
        if (toolChoice == null || toolChoice.isNull()) {
            return tools;
        }
        if (toolChoice.isTextual()) {
            return toolChoice.asText().equals("none") ? List.of() : tools;
        }
        // Chat Completions and Assistants nest the name under "function"; Responses puts it at the top.
        String name = toolChoice.path("function").path("name").asText(toolChoice.path("name").asText(null));
        if (name == null) {
            return tools;
        }
        return tools.stream().filter(tool -> tool.name().equals(name)).toList();
    }
}
