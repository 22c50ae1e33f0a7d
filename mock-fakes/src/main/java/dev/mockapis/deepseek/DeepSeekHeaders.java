package dev.mockapis.deepseek;

import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.ProviderErrorException;

/** The header DeepSeek requires on every call: a bearer API key. */
final class DeepSeekHeaders {

    private DeepSeekHeaders() {}

    /**
     * Checks the credential.
     *
     * @throws ProviderErrorException with DeepSeek's 401
     */
    static void check(FakeRequest request) {
        String authorization = request.header("Authorization").orElse("");
        if (!authorization.startsWith("Bearer ") || authorization.substring(7).isBlank()) {
            throw new ProviderErrorException(
                    DeepSeekErrors.error(401, "authentication_error", "Authentication Fails (no such user)"));
        }
    }
}
