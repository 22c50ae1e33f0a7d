package dev.mockapis.gemini;

import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.ProviderErrorException;

/** The credential Google requires on every call: an API key, as {@code x-goog-api-key} or {@code ?key=}. */
final class GeminiHeaders {

    private GeminiHeaders() {}

    static boolean hasKey(FakeRequest request) {
        return request.header("x-goog-api-key")
                .or(() -> request.queryParam("key"))
                .filter(key -> !key.isBlank())
                .isPresent();
    }

    /**
     * Checks the credential.
     *
     * @throws ProviderErrorException with Google's 403 for a caller without an identity
     */
    static void check(FakeRequest request) {
        if (!hasKey(request)) {
            throw new ProviderErrorException(
                    GeminiErrors.error(
                            403,
                            "PERMISSION_DENIED",
                            "Method doesn't allow unregistered callers "
                                    + "(callers without established identity). Please use API Key or other form of API consumer identity to call this API."));
        }
    }
}
