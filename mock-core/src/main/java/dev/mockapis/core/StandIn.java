package dev.mockapis.core;

import org.jspecify.annotations.Nullable;

/**
 * Answers, in a fake's place, the calls that the active scenario leaves to the fake's default
 * behaviour: a recording proxy that forwards them to the real provider, or a replay of such a
 * recording. Scripted steps still answer first, so a test's scenario keeps working on top.
 *
 * <p>Implementations must be thread-safe: calls arrive concurrently.
 */
@FunctionalInterface
public interface StandIn {

    /**
     * Answers a call.
     *
     * @param call the routed call
     * @param directive the scenario's directive for the call, or {@code null}
     * @param fake the fake, for calls the stand-in leaves to it
     * @return the response
     * @throws ProviderErrorException to answer with an error in the provider's shape
     */
    FakeResponse answer(ApiCall call, @Nullable Directive directive, FakeApi fake);
}
