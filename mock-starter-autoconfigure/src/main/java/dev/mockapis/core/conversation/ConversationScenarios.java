package dev.mockapis.core.conversation;

import dev.mockapis.core.Fault;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The scenarios every LLM fake offers under the same names, each played on the provider's own turn
 * operations and errors:
 *
 * <ul>
 *   <li>{@code successful_conversation} (the default): the fake's own answers.
 *   <li>{@code tool_usage}: the first turn calls the first declared tool with arguments valid for its
 *       schema; once the output comes back, the answer uses it.
 *   <li>{@code api_errors}: turns fail in turn with rate limiting (429), authentication (401) and an
 *       invalid request (400), round-robin.
 *   <li>{@code rate_limited}, {@code unauthorized}, {@code overloaded}: every turn fails so.
 *   <li>{@code timeout}: turns get no response until the client gives up.
 *   <li>{@code flaky}: the first two turns fail with a server error, later ones succeed.
 *   <li>{@code streaming_interrupted}: streamed answers break off half-way (the connection drops);
 *       answers that do not stream are unaffected.
 * </ul>
 */
public final class ConversationScenarios {

    private ConversationScenarios() {
    }

    /** The shared scenarios, {@code successful_conversation} first. */
    public static List<Scenario> standard(ConversationalApi api) {
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(Scenario.unscripted("successful_conversation", "Every turn answers; the fake's own replies"));
        scenarios.add(onEveryTurn(api, "tool_usage", "The first turn calls the first declared tool; the next answers with its output",
                rule -> rule.proceedWith(Reply.toolRoundTrip())));
        scenarios.add(onEveryTurn(api, "api_errors", "Turns fail with 429, 401 and 400 in turn",
                rule -> rule.fail(api.error(Failure.RATE_LIMITED)).fail(api.error(Failure.UNAUTHORIZED))
                        .fail(api.error(Failure.INVALID_REQUEST)).cycling()));
        scenarios.add(onEveryTurn(api, "rate_limited", "Every turn is rejected by the rate limit",
                rule -> rule.fail(api.error(Failure.RATE_LIMITED))));
        scenarios.add(onEveryTurn(api, "unauthorized", "Every turn is rejected: the API key is invalid",
                rule -> rule.fail(api.error(Failure.UNAUTHORIZED))));
        scenarios.add(onEveryTurn(api, "overloaded", "Every turn is shed: the provider is overloaded",
                rule -> rule.fail(api.error(Failure.OVERLOADED))));
        scenarios.add(onEveryTurn(api, "timeout", "Turns get no response until the client times out",
                rule -> rule.fault(Fault.stall())));
        scenarios.add(onEveryTurn(api, "flaky", "The first two turns fail with a server error, then turns succeed",
                rule -> rule.fail(api.error(Failure.SERVER_ERROR)).fail(api.error(Failure.SERVER_ERROR)).proceed()));
        Scenario.Builder interrupted = Scenario.builder("streaming_interrupted")
                .description("Streamed answers break off half-way; answers that do not stream are unaffected");
        RequestMatcher streaming = RequestMatcher.of("a streamed turn", api::streams);
        for (String operation : api.turnOperations()) {
            interrupted.on(operation, rule -> rule.when(streaming).fault(Fault.disconnectMidBody()));
        }
        scenarios.add(interrupted.build());
        return scenarios;
    }

    private static Scenario onEveryTurn(ConversationalApi api, String name, String description,
            Function<Rule.Builder, Rule.Builder> script) {
        Scenario.Builder scenario = Scenario.builder(name).description(description);
        for (String operation : api.turnOperations()) {
            scenario.rule(script.apply(Rule.on(operation)).build());
        }
        return scenario.build();
    }
}
