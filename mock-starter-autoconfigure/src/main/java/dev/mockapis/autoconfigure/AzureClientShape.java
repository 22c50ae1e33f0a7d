package dev.mockapis.autoconfigure;

import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.core.ClientOptions;
import com.openai.credential.BearerTokenCredential;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * How an openai-java client talks to Azure OpenAI, decided as openai-java decides it: an explicit
 * {@link AzureUrlPathMode}, or else the host of its base URL (Azure's known domains) and whether the URL ends in
 * {@code /openai/v1}. The fake's own URL is on localhost, which openai-java would take for OpenAI's, so a
 * redirected Azure client gets its path mode set explicitly.
 */
enum AzureClientShape {

    /** Not an Azure client. */
    NONE,
    /** {@code /openai/deployments/{deployment}/…?api-version=…}: the base URL is the resource's root. */
    LEGACY,
    /** Azure's v1 API: the base URL ends in {@code /openai/v1}. */
    UNIFIED;

    private static final List<String> AZURE_HOSTS =
            List.of(".openai.azure.com", ".services.ai.azure.com", ".azure-api.net", ".cognitiveservices.azure.com");

    private static final String V1 = "/openai/v1";

    static AzureClientShape of(String baseUrl, AzureUrlPathMode mode) {
        if (mode == AzureUrlPathMode.LEGACY) {
            return LEGACY;
        }
        if (mode == AzureUrlPathMode.UNIFIED) {
            return UNIFIED;
        }
        URI uri = URI.create(baseUrl.trim());
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (AZURE_HOSTS.stream().noneMatch(host::endsWith)) {
            return NONE;
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return stripSlashes(path).endsWith(V1) || stripSlashes(baseUrl.trim()).endsWith(V1) ? UNIFIED : LEGACY;
    }

    /**
     * Points the options at the fake in this shape, with the fake's key in the form the application sends its own:
     * an {@code api-key} header for an Azure key, a bearer token otherwise (Microsoft Entra ID).
     */
    void pointAt(ClientOptions.Builder options, String rootUrl, String apiKey, ClientOptions current) {
        options.baseUrl(this == UNIFIED ? rootUrl + V1 : rootUrl)
                .azureUrlPathMode(this == UNIFIED ? AzureUrlPathMode.UNIFIED : AzureUrlPathMode.LEGACY)
                .credential(
                        current.credential() instanceof AzureApiKeyCredential
                                ? AzureApiKeyCredential.create(apiKey)
                                : BearerTokenCredential.create(apiKey));
    }

    private static String stripSlashes(String text) {
        String stripped = text;
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
