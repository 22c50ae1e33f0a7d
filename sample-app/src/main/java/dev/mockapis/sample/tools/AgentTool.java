package dev.mockapis.sample.tools;

import java.util.Map;

/**
 * A function of the application an agent may call: its name, what it does and the JSON Schema of its
 * arguments, as the model sees them, and what it does when called.
 */
public interface AgentTool {

    /** The function name the model calls, such as {@code lookup_order}. */
    String name();

    /** What the function does, for the model. */
    String description();

    /** The JSON Schema of the arguments, as nested maps and lists. */
    Map<String, Object> parameters();

    /**
     * Runs the function.
     *
     * @param context who is asking
     * @param arguments the arguments the model gave
     * @return the output for the model, as JSON text
     */
    String execute(ToolContext context, ToolArguments arguments);
}
