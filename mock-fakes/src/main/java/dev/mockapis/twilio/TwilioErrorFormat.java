package dev.mockapis.twilio;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.internal.JsonSupport;
import org.jspecify.annotations.Nullable;

/**
 * Twilio's error body, {@code {"code","message","more_info","status"}} with an integer code (and
 * {@code detail} on 401), plus the headers every Twilio response carries.
 */
final class TwilioErrorFormat implements ErrorFormat {

    private static final String AUTH_DETAIL = "Your AccountSid or AuthToken was incorrect.";

    private final TwilioHeaders headers;

    TwilioErrorFormat(TwilioHeaders headers) {
        this.headers = headers;
    }

    @Override
    public FakeResponse render(ProviderError error) {
        ObjectNode body = JsonSupport.object();
        Integer code = numericCode(error.code());
        if (code == null) {
            body.putNull("code");
        } else {
            body.put("code", code);
        }
        if (error.status() == 401) {
            body.put("detail", AUTH_DETAIL);
        }
        body.put("message", error.message());
        if (code == null) {
            body.putNull("more_info");
        } else {
            body.put("more_info", TwilioErrors.MORE_INFO_PREFIX + code);
        }
        body.put("status", error.status());
        return headers.addTo(FakeResponse.json(error.status(), body));
    }

    @Override
    public ProviderError unknownRoute(FakeRequest request) {
        return TwilioErrors.notFound(request.path());
    }

    /**
     * The 2010 API reads form bodies only: a body it cannot read lacks the required {@code To}. The
     * Content API reads JSON: one it cannot read lacks its first required parameter.
     */
    @Override
    public ProviderError malformedBody(FakeRequest request, String reason) {
        if (request.path().startsWith(ContentJson.CONTENT_PATH)) {
            return TwilioErrors.missingParameter(request.path().endsWith("/whatsapp") ? "name" : "language");
        }
        return TwilioErrors.toRequired();
    }

    @Override
    public ProviderError internalError(FakeRequest request, RuntimeException failure) {
        return TwilioErrors.internalError();
    }

    private static @Nullable Integer numericCode(@Nullable String code) {
        if (code == null) {
            return null;
        }
        try {
            return Integer.valueOf(code.trim());
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }
}
