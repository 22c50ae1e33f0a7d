package dev.mockapis.core;

import dev.mockapis.core.internal.InternalFailures;

/** How a provider puts its errors on the wire. */
public interface ErrorFormat {

    /** The response for an error, in the provider's own shape and headers. */
    FakeResponse render(ProviderError error);

    /** The provider's answer to a request that matches none of its routes. */
    ProviderError unknownRoute(FakeRequest request);

    /** The provider's answer when the request body cannot be read. */
    ProviderError malformedBody(FakeRequest request, String reason);

    /**
     * The provider's answer to a request its server cannot take: unreadable HTTP or URL (400), a client
     * too slow to send it (408), a body too large (413), headers too large (431), an HTTP version other
     * than 1.0 and 1.1 (505). The reason names no Java internals.
     */
    default ProviderError badRequest(FakeRequest request, int status, String reason) {
        return ProviderError.of(status, "invalid_request_error", reason);
    }

    /** The provider's answer when the fake itself fails; a bug in the fake, reported as a 500. */
    default ProviderError internalError(FakeRequest request, RuntimeException failure) {
        return ProviderError.of(500, "server_error", InternalFailures.message("The fake", request, failure));
    }
}
