package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.internal.JsonSupport;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Google's error shape: {@code {"error":{"code","message","status","details"}}} with a canonical status
 * ({@code INVALID_ARGUMENT}, {@code RESOURCE_EXHAUSTED}...). A {@link ProviderError#code()} that is a
 * canonical status is used as the status; any other code is a reason, reported in a
 * {@code google.rpc.ErrorInfo} detail ({@code API_KEY_INVALID}). A 429 whose message says
 * "Please retry in Ns." carries a {@code google.rpc.RetryInfo} detail, as quota errors do; a 400 naming a
 * field ({@link ProviderError#param()}) a {@code google.rpc.BadRequest} detail with that field's violation.
 */
final class GeminiErrors implements ErrorFormat {

    private static final Set<String> STATUSES = Set.of(
            "INVALID_ARGUMENT",
            "FAILED_PRECONDITION",
            "UNAUTHENTICATED",
            "PERMISSION_DENIED",
            "NOT_FOUND",
            "ABORTED",
            "RESOURCE_EXHAUSTED",
            "CANCELLED",
            "INTERNAL",
            "UNAVAILABLE",
            "DEADLINE_EXCEEDED");
    private static final Pattern RETRY_IN = Pattern.compile("Please retry in (\\d+)s\\.");
    private static final String TYPES = "type.googleapis.com/google.rpc.";

    static ProviderError error(int status, String code, String message) {
        return ProviderError.of(status, code, message);
    }

    static ProviderError invalidArgument(String message) {
        return error(400, "INVALID_ARGUMENT", message);
    }

    static ProviderError quotaExceeded(long retrySeconds) {
        return error(
                429,
                "RESOURCE_EXHAUSTED",
                "You exceeded your current quota, please check your plan and billing details. "
                        + "For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. "
                        + "Please retry in " + retrySeconds + "s.");
    }

    static ProviderError of(Failure failure) {
        switch (failure) {
            case INVALID_REQUEST:
                return invalidArgument("Request contains an invalid argument.");
            case UNAUTHORIZED:
                return error(400, "API_KEY_INVALID", "API key not valid. Please pass a valid API key.");
            case PERMISSION_DENIED:
                return error(403, "PERMISSION_DENIED", "The caller does not have permission");
            case NOT_FOUND:
                return error(404, "NOT_FOUND", "Requested entity was not found.");
            case RATE_LIMITED:
            case INSUFFICIENT_BALANCE:
                return quotaExceeded(1);
            case OVERLOADED:
                return error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.");
            default:
                return error(
                        500,
                        "INTERNAL",
                        "An internal error has occurred. Please retry or report in "
                                + "https://developers.generativeai.google/guide/troubleshooting");
        }
    }

    @Override
    public FakeResponse render(ProviderError error) {
        return FakeResponse.json(error.status(), body(error));
    }

    /** The error object, as a response body or a stream event. */
    static ObjectNode body(ProviderError error) {
        ObjectNode body = JsonSupport.object();
        ObjectNode detail = body.putObject("error");
        detail.put("code", error.status());
        detail.put("message", error.message());
        boolean canonical = error.code() != null && STATUSES.contains(error.code());
        detail.put("status", canonical ? error.code() : statusFor(error.status()));
        ArrayNode details = JsonSupport.mapper().createArrayNode();
        if (error.code() != null && !canonical) {
            ObjectNode info = details.addObject()
                    .put("@type", TYPES + "ErrorInfo")
                    .put("reason", error.code())
                    .put("domain", "googleapis.com");
            info.putObject("metadata").put("service", "generativelanguage.googleapis.com");
        }
        if (error.param() != null && error.status() == 400) {
            details.addObject()
                    .put("@type", TYPES + "BadRequest")
                    .putArray("fieldViolations")
                    .addObject()
                    .put("field", error.param())
                    .put("description", error.message());
        }
        Matcher retry = RETRY_IN.matcher(error.message());
        if (error.status() == 429 && retry.find()) {
            details.addObject().put("@type", TYPES + "RetryInfo").put("retryDelay", retry.group(1) + "s");
        }
        if (!details.isEmpty()) {
            detail.set("details", details);
        }
        return body;
    }

    @Override
    public ProviderError unknownRoute(FakeRequest request) {
        return error(404, "NOT_FOUND", "The requested URL " + request.path() + " was not found on this server.");
    }

    @Override
    public ProviderError malformedBody(FakeRequest request, String reason) {
        return invalidArgument("Invalid JSON payload received. " + reason);
    }

    @Override
    public ProviderError badRequest(FakeRequest request, int status, String reason) {
        return error(status, statusFor(status), reason);
    }

    @Override
    public ProviderError internalError(FakeRequest request, RuntimeException failure) {
        return error(
                500, "INTERNAL", dev.mockapis.core.internal.InternalFailures.message("The fake", request, failure));
    }

    static String statusFor(int status) {
        switch (status) {
            case 400:
                return "INVALID_ARGUMENT";
            case 401:
                return "UNAUTHENTICATED";
            case 403:
                return "PERMISSION_DENIED";
            case 404:
                return "NOT_FOUND";
            case 409:
                return "ABORTED";
            case 429:
                return "RESOURCE_EXHAUSTED";
            case 499:
                return "CANCELLED";
            case 503:
                return "UNAVAILABLE";
            case 504:
                return "DEADLINE_EXCEEDED";
            default:
                return status >= 500 ? "INTERNAL" : "FAILED_PRECONDITION";
        }
    }
}
