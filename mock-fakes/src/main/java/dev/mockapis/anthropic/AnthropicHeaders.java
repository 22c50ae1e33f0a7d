package dev.mockapis.anthropic;

import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.ProviderErrorException;
import java.util.regex.Pattern;

/** The headers Anthropic requires on every call: a credential, then {@code anthropic-version}. */
final class AnthropicHeaders {

    private static final Pattern VERSION = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AnthropicHeaders() {}

    /**
     * Checks the credential ({@code x-api-key}, or {@code Authorization: Bearer} as the SDKs send an API
     * key or auth token) and the API version.
     *
     * @throws ProviderErrorException with Anthropic's 401 or 400
     */
    static void check(FakeRequest request) {
        boolean apiKey =
                request.header("x-api-key").filter(key -> !key.isBlank()).isPresent();
        boolean bearer = request.header("Authorization")
                .filter(value -> value.startsWith("Bearer ") && value.length() > 7)
                .isPresent();
        if (!apiKey && !bearer) {
            throw new ProviderErrorException(
                    AnthropicErrors.error(401, AnthropicErrors.AUTHENTICATION, "x-api-key header is required"));
        }
        String version = request.header("anthropic-version").orElse("");
        if (version.isBlank()) {
            throw new ProviderErrorException(AnthropicErrors.invalidRequest("anthropic-version: header is required"));
        }
        if (!VERSION.matcher(version.trim()).matches()) {
            throw new ProviderErrorException(
                    AnthropicErrors.invalidRequest("anthropic-version: '" + version + "' is not a valid version"));
        }
    }
}
