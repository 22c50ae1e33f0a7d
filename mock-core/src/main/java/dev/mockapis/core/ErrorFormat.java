package dev.mockapis.core;

/** How a provider puts its errors on the wire. */
public interface ErrorFormat {

    /** The response for an error, in the provider's own shape and headers. */
    FakeResponse render(ProviderError error);

    /** The provider's answer to a request that matches none of its routes. */
    ProviderError unknownRoute(FakeRequest request);

    /** The provider's answer when the request body cannot be read. */
    ProviderError malformedBody(FakeRequest request, String reason);

    /** The provider's answer when the fake itself fails; a bug in the fake, reported as a 500. */
    default ProviderError internalError(FakeRequest request, RuntimeException failure) {
        return ProviderError.of(500, "server_error", "The fake failed to handle " + request + ": " + failure);
    }
}
