package dev.mockapis.core.conversation.internal;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.RequestMatcher;
import dev.mockapis.core.conversation.ConversationMatchers;
import dev.mockapis.core.conversation.ConversationScenarios;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A fake of an LLM provider: what provider-neutral scenarios need to know to run against it. A rule on
 * {@link #TURN} applies to every operation that asks the provider's model for an answer, so
 * {@code Rule.on(ConversationalApi.TURN).proceedWith(Reply.text("Hi"))} scripts every provider alike;
 * the shared scenario catalog ({@link ConversationScenarios}) is written that way.
 */
public interface ConversationalApi extends FakeApi {

    /** The operation group of every model turn, whichever the provider's operations are. */
    String TURN = ConversationScenarios.MODEL_TURN;

    /** The operations that ask the model for a turn, such as {@code messages.create}. */
    List<String> turnOperations();

    /** The text of the event's deltas, counted as tokens: see {@link StreamedTokens}. */
    @Override
    default int streamedTokens(dev.mockapis.core.ServerSentEvent event) {
        return StreamedTokens.count(event);
    }

    /** This provider's error for a kind of failure, as its API reports it. */
    ProviderError error(Failure failure);

    /** Whether a call to a turn operation asks for a streamed answer. */
    boolean streams(ApiCall call);

    /** Scenario files' directives are {@link Reply}s: {@code {reply: Hi}}, {@code {toolCall: name}}, ... */
    @Override
    default Directive directive(Map<String, Object> spec) {
        return ReplyDirectives.read(spec.isEmpty() ? null : JsonSupport.mapper().valueToTree(spec));
    }

    /** The conditions on the model turn that {@link ConversationMatchers} offers, by their scenario-file names. */
    @Override
    default Optional<RequestMatcher> condition(String kind, String value) {
        return switch (kind) {
            case "userTextContains" -> Optional.of(ConversationMatchers.userTextContains(value));
            case "instructionsContain" -> Optional.of(ConversationMatchers.instructionsContain(value));
            case "model" -> Optional.of(ConversationMatchers.model(value));
            case "toolDeclared" -> Optional.of(ConversationMatchers.toolDeclared(value));
            case "toolResultsReturned" -> {
                if (!Boolean.parseBoolean(value)) {
                    throw new IllegalArgumentException(
                            "expected true; leave the condition out to match turns with or without tool results");
                }
                yield Optional.of(ConversationMatchers.toolResultsReturned());
            }
            default -> Optional.empty();
        };
    }

    /** Roughly the request's tokens, four characters each: what a simulated token budget is charged. */
    @Override
    default int tokenCost(ApiCall call) {
        return Tokens.count(call.request().bodyText());
    }

    /** {@link #TURN} for the turn operations. */
    @Override
    default Map<String, Set<String>> operationGroups() {
        return Map.of(TURN, Set.copyOf(turnOperations()));
    }
}
