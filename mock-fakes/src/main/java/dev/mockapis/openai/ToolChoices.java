package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.conversation.internal.Turn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code tool_choice} as the model honours it: {@code none} hides the tools, a named function leaves
 * only that one and forces a call to it, {@code required} forces a call to one of them, and
 * {@code allowed_tools} leaves the listed ones (forcing a call in {@code required} mode); {@code auto}
 * leaves them all.
 */
final class ToolChoices {

    private ToolChoices() {}

    static List<Turn.Tool> offered(List<Turn.Tool> tools, @Nullable JsonNode toolChoice) {
        if (toolChoice == null || toolChoice.isNull()) {
            return tools;
        }
        if (toolChoice.isTextual()) {
            return toolChoice.asText().equals("none") ? List.of() : tools;
        }
        JsonNode allowed = allowedTools(toolChoice);
        if (allowed != null) {
            Set<String> names = new HashSet<>();
            allowed.path("tools").forEach(tool -> names.add(functionName(tool)));
            return tools.stream().filter(tool -> names.contains(tool.name())).toList();
        }
        String name = functionName(toolChoice);
        if (name == null) {
            return tools;
        }
        return tools.stream().filter(tool -> tool.name().equals(name)).toList();
    }

    /** Whether the choice obliges the model to call a function. */
    static boolean required(@Nullable JsonNode toolChoice) {
        if (toolChoice == null || toolChoice.isNull()) {
            return false;
        }
        if (toolChoice.isTextual()) {
            return toolChoice.asText().equals("required");
        }
        JsonNode allowed = allowedTools(toolChoice);
        if (allowed != null) {
            return allowed.path("mode").asText().equals("required");
        }
        return toolChoice.path("type").asText().equals("function") && functionName(toolChoice) != null;
    }

    /** The {@code allowed_tools} settings: nested in Chat Completions, at the top in Responses. */
    private static @Nullable JsonNode allowedTools(JsonNode toolChoice) {
        if (!toolChoice.path("type").asText().equals("allowed_tools")) {
            return null;
        }
        return toolChoice.path("allowed_tools").isObject() ? toolChoice.get("allowed_tools") : toolChoice;
    }

    /** Chat Completions and Assistants nest the name under "function"; Responses puts it at the top. */
    private static String functionName(JsonNode tool) {
        return tool.path("function").path("name").asText(tool.path("name").asText(null));
    }
}
