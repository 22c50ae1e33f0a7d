package dev.mockapis.openai;

import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.conversation.ConversationMatchers;
import dev.mockapis.core.conversation.internal.Turn;
import java.util.function.Predicate;

/**
 * Scenario matchers for OpenAI model turns: the provider-neutral {@link ConversationMatchers}, plus the
 * Assistants API's assistants and OpenAI's {@code stream} flag. They see the whole turn the fake is
 * about to answer, not only the request: for an Assistants run, the thread's messages and the
 * assistant's name and instructions; for a Responses call chained with {@code previous_response_id} or a
 * conversation, the earlier turns. They apply to {@code chat.completions.create},
 * {@code responses.create}, {@code threads.runs.create}, {@code threads.create_and_run},
 * {@code threads.runs.submit_tool_outputs} and {@code threads.messages.create}; other calls never match.
 *
 * <pre>{@code
 * Rule.on("responses.create").when(OpenAiMatchers.userTextContains("refund")).proceedWith(Reply.toolCall("open_ticket"))
 * }</pre>
 */
public final class OpenAiMatchers {

    private OpenAiMatchers() {}

    /** The last user message contains the text, ignoring case. */
    public static RequestMatcher userTextContains(String text) {
        return ConversationMatchers.userTextContains(text);
    }

    /** The turn is for this model. */
    public static RequestMatcher model(String model) {
        return ConversationMatchers.model(model);
    }

    /** The turn is an Assistants run of this assistant id. */
    public static RequestMatcher assistantId(String assistantId) {
        return turn("assistant id = " + assistantId, turn -> assistantId.equals(turn.assistantId()));
    }

    /** The turn is an Assistants run of an assistant with this name. */
    public static RequestMatcher assistantName(String name) {
        return turn("assistant name = " + name, turn -> name.equals(turn.assistantName()));
    }

    /**
     * The instructions in force contain the text, ignoring case: system and developer messages in Chat
     * Completions, {@code instructions} in Responses, the assistant's or the run's in Assistants. Tells
     * cooperating agents apart when they share a model.
     */
    public static RequestMatcher instructionsContain(String text) {
        return ConversationMatchers.instructionsContain(text);
    }

    /** A tool of this name is declared for the turn. */
    public static RequestMatcher toolDeclared(String name) {
        return ConversationMatchers.toolDeclared(name);
    }

    /** The conversation ends with tool outputs sent back for the model to use. */
    public static RequestMatcher toolResultsReturned() {
        return ConversationMatchers.toolResultsReturned();
    }

    /** The request asks for a streamed answer ({@code "stream": true}). */
    public static RequestMatcher streaming() {
        return RequestMatcher.jsonPointer("/stream", "true");
    }

    /** Any condition on the turn. */
    public static RequestMatcher turn(String description, Predicate<Turn> condition) {
        return ConversationMatchers.turn(description, condition);
    }
}
