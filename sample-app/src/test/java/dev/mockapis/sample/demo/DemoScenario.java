package dev.mockapis.sample.demo;

import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.openai.OpenAiMatchers;
import dev.mockapis.openai.OpenAiScenarios;

/**
 * How the OpenAI fake plays the model in the demo. Triage sends order questions and bookings to the
 * specialists and a request for a person to a human; a specialist asked about something else passes the
 * customer on the same way, so a new intent always leaves the specialist. The specialists call their
 * tools, and once a tool's output comes back the model answers in words a customer would read, built
 * from that output (the tool call itself shows in the page's list of calls). Anything else gets a
 * greeting.
 */
final class DemoScenario {

    static final String NAME = "demo";

    static final String GREETING = "Hi! I'm the Bloom & Stem assistant. Ask me where your order is (try 1001 or 1002),"
            + " book a bouquet workshop, or ask for a person.";

    static final String HANDED_OFF = "Thanks! A person from Bloom & Stem will get back to you shortly.";

    private DemoScenario() {}

    static Scenario create() {
        RequestMatcher specialist = OpenAiMatchers.instructionsContain("specialist");
        RequestMatcher orders = OpenAiMatchers.instructionsContain("order specialist");
        RequestMatcher bookings = OpenAiMatchers.instructionsContain("bookings specialist");
        RequestMatcher toolOutput = OpenAiMatchers.toolResultsReturned();
        return OpenAiScenarios.builder(NAME)
                .description("The model the demo plays: routes by keyword, calls the tools, answers from their output")
                .turnOperations("responses.create", "threads.runs.create", "threads.runs.submit_tool_outputs")
                // what a tool returned, put as an assistant would put it
                .when(toolOutput.and(RequestMatcher.bodyContains("transferred")), "One moment, please.")
                .when(toolOutput.and(RequestMatcher.bodyContains("handed_off")), HANDED_OFF)
                .when(
                        toolOutput.and(RequestMatcher.bodyContains("SHIPPED")),
                        "Good news: your order 1001 (a Spring bouquet) has shipped and should arrive on 24 November.")
                .when(
                        toolOutput.and(RequestMatcher.bodyContains("PROCESSING")),
                        "Your order 1002 (an orchid and a vase) is being prepared; we expect to deliver it on"
                                + " 27 November.")
                .when(
                        toolOutput.and(RequestMatcher.bodyContains("DELIVERED")),
                        "Your order 1003 (roses) has been delivered. Enjoy them!")
                .when(
                        toolOutput.and(RequestMatcher.bodyContains("slot is taken")),
                        "That slot is already taken, sorry. Would 11:00 the same day suit you?")
                .when(
                        toolOutput.and(RequestMatcher.bodyContains("booked")),
                        "You're booked for the bouquet workshop on Saturday 5 December at 10:00. See you then!")
                .when(
                        toolOutput.and(orders),
                        "Sorry, I can't check orders right now. A person from Bloom & Stem will follow up.")
                .when(toolOutput, "Sorry, something went wrong on our side. A person will follow up.")
                // a new intent leaves the specialist: asked about something else, it passes the customer on
                .when(
                        specialist.and(OpenAiMatchers.userTextContains("person")),
                        Reply.toolCall("hand_off_to_human", "{\"reason\":\"The customer asked for a person\"}"))
                .when(
                        orders.and(OpenAiMatchers.userTextContains("book")),
                        Reply.toolCall(
                                "transfer_to_agent",
                                "{\"agent\":\"bookings\",\"note\":\"The customer wants to book a workshop\"}"))
                .when(
                        bookings.and(OpenAiMatchers.userTextContains("order")),
                        Reply.toolCall(
                                "transfer_to_agent",
                                "{\"agent\":\"orders\",\"note\":\"The customer asks about an order\"}"))
                .when(orders.and(OpenAiMatchers.userTextContains("1002")), lookUp("1002"))
                .when(orders.and(OpenAiMatchers.userTextContains("1003")), lookUp("1003"))
                .when(orders, lookUp("1001"))
                .when(
                        bookings,
                        Reply.toolCall(
                                "book_appointment",
                                "{\"service\":\"bouquet workshop\",\"date\":\"2026-12-05\",\"time\":\"10:00\"}"))
                // triage
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

    private static Reply lookUp(String order) {
        return Reply.toolCall("lookup_order", "{\"order_number\":\"" + order + "\"}");
    }
}
