package dev.mockapis.conversation;

import dev.mockapis.core.FakeServer;
import java.util.Map;

/** A conversation held through one provider's official SDK, as an application would hold it, tools included. */
interface ChatDriver extends AutoCloseable {

    /** The city the weather tool takes. */
    Map<String, Object> WEATHER_SCHEMA = Map.of(
            "type", "object",
            "properties", Map.of("city", Map.of("type", "string")),
            "required", java.util.List.of("city"));

    /** The fake this driver talks to. */
    FakeServer server();

    /** Sends the user's message and returns the model's answer. */
    Answer say(String text);

    /** Sends the output of the tool the model just called and returns the model's answer. */
    Answer returnToolResult(String output);

    /**
     * Sends the output of the tool the model just called together with a new question from the user, in
     * one request, and returns the model's answer.
     */
    Answer returnToolResultAndAsk(String output, String question);

    @Override
    void close();

    /**
     * What the model answered: a text, or a call of the weather tool.
     *
     * @param text the text, or {@code null} for a tool call
     * @param tool the tool called, or {@code null}
     * @param arguments the call's arguments, or {@code null}
     */
    record Answer(String text, String tool, Map<String, Object> arguments) {

        static Answer text(String text) {
            return new Answer(text, null, null);
        }

        static Answer call(String tool, Map<String, Object> arguments) {
            return new Answer(null, tool, arguments);
        }

        @Override
        public String toString() {
            return text != null ? text : tool + arguments;
        }
    }
}
