package dev.mockapis.core.conversation;

import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeApi;
import dev.mockapis.core.ProviderError;
import java.util.List;

/**
 * A fake of an LLM provider: what provider-neutral scripts need to know to run against it.
 * The shared scenario catalog ({@link ConversationScenarios}) is built on it, so the same scenario
 * names mean the same conversation on every provider.
 */
public interface ConversationalApi extends FakeApi {

    /** The operations that ask the model for a turn, such as {@code messages.create}. */
    List<String> turnOperations();

    /** This provider's error for a kind of failure, as its API reports it. */
    ProviderError error(Failure failure);

    /** Whether a call to a turn operation asks for a streamed answer. */
    boolean streams(ApiCall call);
}
