package dev.mockapis.sample.agents.runtime;

/** The OpenAI API the agents run on. */
public enum RuntimeKind {

    /** Responses with one Conversation per customer: the current API. */
    RESPONSES,

    /** Assistants v2 with one thread per customer and polled runs: the legacy API, shut down by OpenAI in August 2026. */
    ASSISTANTS
}
