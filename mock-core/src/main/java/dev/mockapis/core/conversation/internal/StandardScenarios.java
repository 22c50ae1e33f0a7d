package dev.mockapis.core.conversation.internal;

import dev.mockapis.core.Fault;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The scenarios every LLM fake offers under the same names, each rendering the failures in its own
 * provider's shape: {@code api_errors} cycles through three errors forever, {@code flaky} fails twice and
 * then succeeds, on every provider alike.
 */
public final class StandardScenarios {

    private StandardScenarios() {}

    /** The shared scenarios, {@code successful_conversation} first. */
    public static List<Scenario> standard(ConversationalApi api) {
        return List.of(
                Scenario.unscripted("successful_conversation", "Every turn answers; the fake's own replies"),
                onTurns(
                        "tool_usage",
                        "The first turn calls the first declared tool; the next answers with its output",
                        rule -> rule.proceedWith(Reply.toolRoundTrip())),
                onTurns(
                        "api_errors",
                        "Turns fail with rate limiting, authentication and invalid-request errors in turn, forever",
                        rule -> rule.fail(api.error(Failure.RATE_LIMITED))
                                .fail(api.error(Failure.UNAUTHORIZED))
                                .fail(api.error(Failure.INVALID_REQUEST))
                                .cycling()),
                onTurns(
                        "rate_limited",
                        "Every turn is rejected by the rate limit",
                        rule -> rule.fail(api.error(Failure.RATE_LIMITED))),
                onTurns(
                        "unauthorized",
                        "Every turn is rejected: the API key is invalid",
                        rule -> rule.fail(api.error(Failure.UNAUTHORIZED))),
                onTurns(
                        "overloaded",
                        "Every turn is shed: the provider is overloaded",
                        rule -> rule.fail(api.error(Failure.OVERLOADED))),
                onTurns(
                        "timeout",
                        "Turns get no response until the client times out",
                        rule -> rule.fault(Fault.stall())),
                onTurns(
                        "flaky",
                        "The first turn fails with a server error, the second as overloaded, then turns succeed",
                        rule -> rule.fail(api.error(Failure.SERVER_ERROR))
                                .fail(api.error(Failure.OVERLOADED))
                                .proceed()),
                onTurns(
                        "streaming_interrupted",
                        "Streamed answers break off half-way; answers that do not stream are unaffected",
                        rule -> rule.when(streamed(api)).fault(Fault.disconnectMidBody())));
    }

    /** Matches the turns that ask for a streamed answer. */
    public static RequestMatcher streamed(ConversationalApi api) {
        return RequestMatcher.of("a streamed turn", api::streams);
    }

    private static Scenario onTurns(String name, String description, UnaryOperator<Rule.Builder> script) {
        return Scenario.builder(name)
                .description(description)
                .on(ConversationScenarios.MODEL_TURN, script)
                .build();
    }
}
