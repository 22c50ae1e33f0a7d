package dev.mockapis.sample.tools;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every tool of the application, by name, and the one place where they are run for a model. A tool that
 * fails gives the model an error to apologise for instead of failing the customer's conversation.
 */
@Component
public class ToolBox {

    private static final Logger log = LoggerFactory.getLogger(ToolBox.class);

    private final Map<String, AgentTool> tools;
    private final JsonMapper json;

    ToolBox(List<AgentTool> tools, JsonMapper json) {
        this.tools = tools.stream().collect(Collectors.toUnmodifiableMap(AgentTool::name, Function.identity()));
        this.json = json;
    }

    /** The named tools, in the order given. */
    public List<AgentTool> tools(List<String> names) {
        return names.stream().map(this::require).toList();
    }

    /**
     * Runs a tool call of a model.
     *
     * @param argumentsJson the arguments as the model wrote them, a JSON object
     * @return the output for the model, JSON text; an {@code error} object when the call failed
     */
    public String execute(ToolContext context, String name, String argumentsJson) {
        AgentTool tool = tools.get(name);
        if (tool == null) {
            return error("There is no tool named " + name);
        }
        try {
            Map<String, Object> arguments = json.readValue(
                    argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson,
                    new TypeReference<Map<String, Object>>() {});
            return tool.execute(context, new ToolArguments(arguments));
        } catch (JacksonException e) {
            return error("The arguments are not a JSON object: " + e.getOriginalMessage());
        } catch (RuntimeException e) {
            log.warn("Tool {} failed for {}: {}", name, context.customer(), e.toString());
            return error(e.getMessage());
        }
    }

    private String error(String message) {
        return json.writeValueAsString(Map.of("error", message == null ? "unknown error" : message));
    }

    private AgentTool require(String name) {
        AgentTool tool = tools.get(name);
        if (tool == null) {
            throw new IllegalStateException("No tool named '" + name + "'; known: " + tools.keySet());
        }
        return tool;
    }
}
