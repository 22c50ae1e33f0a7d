package dev.mockapis.sample.agents;

import java.util.List;

/**
 * One of the assistant's agents: its own instructions and the tools it may call.
 *
 * @param name how agents, state and messages refer to it, such as {@code orders}
 * @param description one line on what it is for
 * @param instructions what the model is told it is
 * @param tools the names of the tools it may call
 */
public record Agent(String name, String description, String instructions, List<String> tools) {

    /** Copies the tools. */
    public Agent {
        tools = List.copyOf(tools);
    }
}
