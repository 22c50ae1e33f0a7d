package dev.mockapis.core.conversation;

import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.Rule;
import dev.mockapis.core.Scenario;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Scenarios for LLM fakes written once for every provider: a {@link #builder(String) builder} of reply
 * scripts, and the scenarios every LLM fake offers under the same names, each played on the provider's
 * own model turns ({@link #MODEL_TURN}) and errors:
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

    /**
     * The operation group of every model turn, whichever the provider's operations are: a rule on it,
     * {@code Rule.on(MODEL_TURN).proceedWith(Reply.text("Hi"))}, scripts every LLM fake alike.
     */
    public static final String MODEL_TURN = "model.turn";

    private ConversationScenarios() {}

    /**
     * Starts a scenario whose reply rules apply to every model turn ({@link #MODEL_TURN}), on
     * whichever provider it is used.
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * Builds a scenario of reply rules on model turns. Rules are tried in the order added: add
     * {@link #when} rules before {@link #replies}. Several replies in one rule form one sequence, whichever
     * operation asks for the turn.
     */
    public static final class Builder {
        private final Scenario.Builder scenario;
        private List<String> turnOperations = List.of(MODEL_TURN);

        private Builder(String name) {
            this.scenario = Scenario.builder(name);
        }

        /** What the scenario simulates, in one line. */
        public Builder description(String text) {
            scenario.description(text);
            return this;
        }

        /** How the fake paces streamed answers under this scenario: time to first token, tokens per second. */
        public Builder streamTiming(dev.mockapis.core.StreamTiming timing) {
            scenario.streamTiming(timing);
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
