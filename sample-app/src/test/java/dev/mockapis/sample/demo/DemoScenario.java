package dev.mockapis.sample.demo;

import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.openai.OpenAiMatchers;
import dev.mockapis.openai.OpenAiScenarios;

/**
 * How the OpenAI fake plays the model in the demo: triage transfers order questions and bookings to
 * the specialists and hands complaints to a person; the specialists call their tools and report what
 * the tools returned. Anything else gets a greeting.
 */
final class DemoScenario {

    static final String NAME = "demo";

    static final String GREETING = "Hi! I'm the Bloom & Stem assistant. Ask me where your order is (try 1001 or 1002),"
            + " book a bouquet workshop, or ask for a person.";

    private DemoScenario() {}

    static Scenario create() {
        return OpenAiScenarios.builder(NAME)
                .description("The model the demo plays: routes by keyword, calls the tools, reports their results")
                .turnOperations("responses.create", "threads.runs.create", "threads.runs.submit_tool_outputs")
                .when(
                        OpenAiMatchers.instructionsContain("order specialist")
                                .and(OpenAiMatchers.toolResultsReturned()),
                        Reply.echo())
                .when(
                        OpenAiMatchers.instructionsContain("order specialist")
                                .and(OpenAiMatchers.userTextContains("1002")),
                        Reply.toolCall("lookup_order", "{\"order_number\":\"1002\"}"))
                .when(
                        OpenAiMatchers.instructionsContain("order specialist"),
                        Reply.toolCall("lookup_order", "{\"order_number\":\"1001\"}"))
                .when(
                        OpenAiMatchers.instructionsContain("bookings specialist")
                                .and(OpenAiMatchers.toolResultsReturned()),
                        Reply.echo())
                .when(
                        OpenAiMatchers.instructionsContain("bookings specialist"),
                        Reply.toolCall(
                                "book_appointment",
                                "{\"service\":\"bouquet workshop\",\"date\":\"2026-12-05\",\"time\":\"10:00\"}"))
                // after a transfer the specialist answers instead, so customers only see this after a handoff to a
                // person
                .when(
                        OpenAiMatchers.toolResultsReturned(),
                        "Thanks! A person from Bloom & Stem will get back to you shortly.")
                .when(
                        OpenAiMatchers.userTextContains("order"),
                        Reply.toolCall(
                                "transfer_to_agent",
                                "{\"agent\":\"orders\",\"note\":\"The customer asks about an order\"}"))
                .when(
                        OpenAiMatchers.userTextContains("book"),
                        Reply.toolCall(
                                "transfer_to_agent",
                                "{\"agent\":\"bookings\",\"note\":\"The customer wants to book a workshop\"}"))
                .when(
                        OpenAiMatchers.userTextContains("person"),
                        Reply.toolCall("hand_off_to_human", "{\"reason\":\"The customer asked for a person\"}"))
                .replies(GREETING)
                .build();
    }
}
