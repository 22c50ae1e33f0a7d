package dev.mockapis.core.conversation;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.conversation.internal.TurnContext;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Scenario matchers on the model turn a call asks for, the same for every LLM fake. They see the whole
 * turn the fake is about to answer, not only the request: the conversation so far, the instructions,
 * the tools offered and the tool results sent back. Calls that are not model turns never match.
 *
 * <pre>{@code
 * Rule.on(ConversationalApi.TURN).when(ConversationMatchers.userTextContains("refund")).proceedWith(Reply.toolCall("open_ticket"))
 * }</pre>
 */
public final class ConversationMatchers {

    private ConversationMatchers() {}

    /** The last user message contains the text, ignoring case. */
    public static RequestMatcher userTextContains(String text) {
        return turn("user text contains '" + text + "'", turn -> turn.userTextContains(text));
    }

    /** The turn is for this model. */
    public static RequestMatcher model(String model) {
        return turn("model = " + model, turn -> model.equals(turn.model()));
    }

    /** The instructions in force contain the text, ignoring case; tells cooperating agents apart when they share a model. */
    public static RequestMatcher instructionsContain(String text) {
        return turn("instructions contain '" + text + "'", turn -> turn.instructionsContain(text));
    }

    /** A tool of this name is offered for the turn. */
    public static RequestMatcher toolDeclared(String name) {
        return turn("tool '" + name + "' declared", turn -> turn.tool(name).isPresent());
    }

    /** Tool outputs were sent back since the model last spoke, for it to use (the user may have written after them). */
    public static RequestMatcher toolResultsReturned() {
        return turn("tool results returned", turn -> !turn.toolResults().isEmpty());
    }

    /** Any condition on the turn, described for reports. */
    public static RequestMatcher turn(String description, Predicate<Turn> condition) {
        return RequestMatcher.of(
                description, call -> turnOf(call).map(condition::test).orElse(false));
    }

    /** The turn a call asks for, when the fake attached one. */
    public static Optional<Turn> turnOf(ApiCall call) {
        return call.context(TurnContext.class).flatMap(TurnContext::turn);
    }
}
