package dev.mockapis.sample.tools;

/**
 * On whose behalf a tool runs.
 *
 * @param customer the customer's WhatsApp address, such as {@code whatsapp:+15551234567}
 * @param agent the agent that called the tool
 */
public record ToolContext(String customer, String agent) {}
