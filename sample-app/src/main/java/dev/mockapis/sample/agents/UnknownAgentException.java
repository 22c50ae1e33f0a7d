package dev.mockapis.sample.agents;

/** No agent has that name. */
public class UnknownAgentException extends RuntimeException {

    UnknownAgentException(String name, Iterable<String> known) {
        super("No agent named '" + name + "'; known: " + String.join(", ", known));
    }
}
