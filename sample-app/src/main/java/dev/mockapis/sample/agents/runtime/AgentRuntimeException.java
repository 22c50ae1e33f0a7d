package dev.mockapis.sample.agents.runtime;

/** A model did not finish a turn: the run failed or expired, or it kept calling tools. */
public class AgentRuntimeException extends RuntimeException {

    AgentRuntimeException(String message) {
        super(message);
    }
}
