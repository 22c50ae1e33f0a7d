package dev.mockapis.sample.agents;

/** Whose model an agent runs on. */
public enum ModelProvider {

    /** OpenAI, through openai-java: every customer-facing agent. */
    OPENAI,

    /** Anthropic's Claude, through anthropic-java: the reviewer, whose second opinion comes from another model family. */
    ANTHROPIC
}
