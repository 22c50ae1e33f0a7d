package dev.mockapis.core.conversation;

import dev.mockapis.core.Fault;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Scenarios for LLM fakes written once for every provider: a {@link #builder(String) builder} of reply
 * scripts, and the scenarios every LLM fake offers under the same names, each played on the provider's
 * own model turns ({@link ConversationalApi#TURN}) and errors:
 *
 * <ul>
 *   <li>{@code successful_conversation} (the default): the fake's own answers.
 *   <li>{@code tool_usage}: the first turn calls the first declared tool with arguments valid for its
 *       schema; once the output comes back, the answer uses it.
 *   <li>{@code api_errors}: turns fail with rate limiting (429), then authentication (401 where the
 *       provider uses it), then an invalid request (400), and again from the start, forever: no turn succeeds.
 *   <li>{@code rate_limited}, {@code unauthorized}, {@code overloaded}: every turn fails so.
 *   <li>{@code timeout}: turns get no response until the client gives up.
 *   <li>{@code flaky}: the first turn fails with a server error (500), the second with the provider's
 *       overloaded error (503, Anthropic's 529), later ones succeed; both are errors clients retry.
 *   <li>{@code streaming_interrupted}: streamed answers break off half-way (the connection drops);
 *       answers that do not stream are unaffected.
 * </ul>
 *
 * <p>Sequences count the turns of one activation together, whichever turn operation is called, and start
 * again when the scenario is selected again.
 *
 * <pre>{@code
 * Scenario support = ConversationScenarios.builder("support")
 *         .when(ConversationMatchers.userTextContains("weather"), Reply.toolCall("get_weather"), Reply.text("Sunny all day."))
 *         .replies("Hi!", "Anything else?")
 *         .build();
 * }</pre>
 */
public final class ConversationScenarios {

    private ConversationScenarios() {}

    /**
     * Starts a scenario whose reply rules apply to every model turn ({@link ConversationalApi#TURN}), on
     * whichever provider it is used.
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

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
                .on(ConversationalApi.TURN, script)
                .build();
    }

    /**
     * Builds a scenario of reply rules on model turns. Rules are tried in the order added: add
     * {@link #when} rules before {@link #replies}. Several replies in one rule form one sequence, whichever
     * operation asks for the turn.
     */
    public static final class Builder {
        private final Scenario.Builder scenario;
        private List<String> turnOperations = List.of(ConversationalApi.TURN);

        private Builder(String name) {
            this.scenario = Scenario.builder(name);
        }

        /** What the scenario simulates, in one line. */
        public Builder description(String text) {
            scenario.description(text);
            return this;
        }

        /** Restricts the reply rules added after this call to these operations (default: every model turn). */
        public Builder turnOperations(String... operationIds) {
            if (operationIds.length == 0) {
                throw new IllegalArgumentException("Name at least one operation");
            }
            this.turnOperations = List.of(operationIds);
            return this;
        }

        /** On turns the matcher accepts, these replies in order, one per turn; the last repeats. */
        public Builder when(RequestMatcher matcher, Reply... replies) {
            Reply reply = combined(replies);
            turnOperations.forEach(operation ->
                    scenario.on(operation, rule -> rule.when(matcher).proceedWith(reply)));
            return this;
        }

        /** On turns the matcher accepts, these texts in order, one per turn; the last repeats. */
        public Builder when(RequestMatcher matcher, String... texts) {
            return when(matcher, Arrays.stream(texts).map(Reply::text).toArray(Reply[]::new));
        }

        /** On every other turn, these replies in order, one per turn; the last repeats. */
        public Builder replies(Reply... replies) {
            Reply reply = combined(replies);
            turnOperations.forEach(operation -> scenario.on(operation, rule -> rule.proceedWith(reply)));
            return this;
        }

        /** On every other turn, these texts in order, one per turn; the last repeats. */
        public Builder replies(String... texts) {
            return replies(Arrays.stream(texts).map(Reply::text).toArray(Reply[]::new));
        }

        /** Adds a rule for any operation, built by the given function, as {@link Scenario.Builder#on} does. */
        public Builder on(String operationId, UnaryOperator<Rule.Builder> script) {
            scenario.on(operationId, script);
            return this;
        }

        /** Adds a rule. */
        public Builder rule(Rule rule) {
            scenario.rule(rule);
            return this;
        }

        /** The scenario. */
        public Scenario build() {
            return scenario.build();
        }

        private static Reply combined(Reply[] replies) {
            if (replies.length == 0) {
                throw new IllegalArgumentException("Give at least one reply");
            }
            return replies.length == 1 ? replies[0] : new Reply.Sequence(List.of(replies));
        }
    }
}
