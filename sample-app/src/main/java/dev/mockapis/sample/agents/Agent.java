package dev.mockapis.sample.agents;

import java.util.List;

/**
 * One of the assistant's agents: its own instructions and the tools it may call.
 *
 * @param name how agents, state and messages refer to it, such as {@code orders}
 * @param description one line on what it is for
 * @param instructions what the model is told it is
 * @param tools the names of the tools it may call
 * @param provider whose model it runs on
 */
public record Agent(String name, String description, String instructions, List<String> tools, ModelProvider provider) {

    /** Copies the tools. */
    public Agent {
        tools = List.copyOf(tools);
    }

    /** An agent on OpenAI. */
    public Agent(String name, String description, String instructions, List<String> tools) {
        this(name, description, instructions, tools, ModelProvider.OPENAI);
    }
}
