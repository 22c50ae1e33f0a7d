package dev.mockapis;

import dev.mockapis.core.Scenario;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * A scripted multi-turn conversation: what a user sends, in order, and the reply the application should
 * send back to each message. Build it once and use it for the webhooks to post and the replies to expect.
 *
 * <pre>{@code
 * ConversationFixture pricing = ConversationFixture.with("whatsapp:+1234567890")
 *         .turn("Hello", "Hi!")
 *         .turn("Tell me about pricing", "Here's our pricing...")
 *         .turn("Thanks", "You're welcome!");
 * servers.server("openai").useScenario(pricing.openAiScenario("pricing").scenario());
 * for (TwilioWebhook webhook : pricing.webhooks(simulator, "/twilio/whatsapp")) {
 *     mockMvc.perform(webhook.request()).andExpect(status().isOk());
 * }
 * }</pre>
 */
@NullMarked
public final class ConversationFixture {

    private final String user;
    private final List<Turn> turns;

    private ConversationFixture(String user, List<Turn> turns) {
        this.user = user;
        this.turns = List.copyOf(turns);
    }

    /** A conversation with the user at this number, with no turns yet. */
    public static ConversationFixture with(String user) {
        return new ConversationFixture(Objects.requireNonNull(user, "user"), List.of());
    }

    /** This conversation with one more turn: a user message and the reply expected to it. */
    public ConversationFixture turn(String userMessage, String expectedReply) {
        List<Turn> more = new ArrayList<>(turns);
        more.add(new Turn(userMessage, expectedReply));
        return new ConversationFixture(user, more);
    }

    /** The user's number. */
    public String user() {
        return user;
    }

    /** The turns, in order. */
    public List<Turn> turns() {
        return turns;
    }

    /** The user's messages, in order. */
    public List<String> userMessages() {
        return turns.stream().map(Turn::userMessage).toList();
    }

    /** The replies expected, in order. */
    public List<String> expectedReplies() {
        return turns.stream().map(Turn::expectedReply).toList();
    }

    /** One signed inbound WhatsApp webhook per user message, in order, posted to the path. */
    public List<TwilioWebhook> webhooks(TwilioWebhookSimulator simulator, String path) {
        return turns.stream()
                .map(turn -> simulator.whatsApp(user, turn.userMessage()).postedTo(path))
                .toList();
    }

    /**
     * An OpenAI scenario that answers the conversation's model turns with its expected replies, in order
     * (the last repeats), whether the application uses Chat Completions, Responses or Assistants runs.
     * Register it as a bean or activate it in a test; the position starts again when the fake is reset.
     *
     * @param name the scenario's name
     */
    public ApiScenario openAiScenario(String name) {
        return scenarioFor("openai", name);
    }

    /**
     * A scenario for any LLM fake ({@code openai}, {@code anthropic}, {@code gemini}, {@code deepseek})
     * that gives the expected replies in order, one per model turn, whichever of its APIs the
     * application uses (for OpenAI: Chat Completions, Responses or Assistants runs).
     */
    public ApiScenario scenarioFor(String api, String name) {
        Reply replies = Reply.sequence(expectedReplies().toArray(String[]::new));
        return ApiScenario.of(
                api,
                Scenario.builder(name)
                        .description(
                                "Answers the " + turns.size() + " turns of a conversation with " + user + " in order")
                        .on(ConversationScenarios.MODEL_TURN, rule -> rule.proceedWith(replies))
                        .build());
    }

    /**
     * One exchange of a conversation.
     *
     * @param userMessage what the user sends
     * @param expectedReply what the application should answer
     */
    public record Turn(String userMessage, String expectedReply) {

        /** Validates. */
        public Turn {
            Objects.requireNonNull(userMessage, "userMessage");
            Objects.requireNonNull(expectedReply, "expectedReply");
        }
    }
}
