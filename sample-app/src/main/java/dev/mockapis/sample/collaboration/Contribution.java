package dev.mockapis.sample.collaboration;

/**
 * What one agent produced in a collaboration.
 *
 * @param agent the agent
 * @param output its text
 */
public record Contribution(String agent, String output) {}
