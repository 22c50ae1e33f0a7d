package dev.mockapis.core;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What one step of a scenario answers with. */
public sealed interface ScriptedResponse {

    /** Exactly this HTTP response. */
    record Respond(FakeResponse response) implements ScriptedResponse {
        /** Validates. */
        public Respond {
            Objects.requireNonNull(response, "response");
        }
    }

    /** This error, in the provider's own shape. */
    record Fail(ProviderError error) implements ScriptedResponse {
        /** Validates. */
        public Fail {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * The fake's own stateful behaviour, optionally steered by a provider-specific directive (a reply
     * text, a tool call, a delivery outcome...).
     *
     * @param directive what the fake should do differently, or {@code null} for its default
     */
    record Proceed(@Nullable Directive directive) implements ScriptedResponse {}
}
