package dev.mockapis.anthropic;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;

/**
 * Anthropic's error shape: {@code {"type":"error","error":{"type","message"},"request_id"}} with the
 * same id in a {@code request-id} header. The error type follows the status unless the error names one.
 */
final class AnthropicErrors implements ErrorFormat {

    static final String INVALID_REQUEST = "invalid_request_error";
    static final String AUTHENTICATION = "authentication_error";
    static final String PERMISSION = "permission_error";
    static final String NOT_FOUND = "not_found_error";
    static final String RATE_LIMIT = "rate_limit_error";
    static final String API = "api_error";
    static final String OVERLOADED = "overloaded_error";

    /** Small enough for tests to retry quickly; the SDK prefers it to {@code retry-after}. */
    static final String RETRY_AFTER_MS = "10";

    private final IdSequence ids;

    AnthropicErrors(IdSequence ids) {
        this.ids = ids;
    }

    static ProviderError invalidRequest(String message) {
        return error(400, INVALID_REQUEST, message);
    }

    static ProviderError error(int status, String type, String message) {
        return new ProviderError(status, null, type, message, null);
    }

    static ProviderError of(Failure failure) {
        switch (failure) {
            case INVALID_REQUEST:
                return invalidRequest("messages: roles must alternate between \"user\" and \"assistant\"");
            case UNAUTHORIZED:
                return error(401, AUTHENTICATION, "invalid x-api-key");
            case PERMISSION_DENIED:
                return error(403, PERMISSION, "Your API key does not have permission to use the specified resource.");
            case NOT_FOUND:
                return error(404, NOT_FOUND, "Not found");
            case RATE_LIMITED:
                return error(
                        429,
                        RATE_LIMIT,
                        "This request would exceed the rate limit for your organization. "
                                + "Please reduce the prompt length or the maximum tokens requested, or try again later.");
            case INSUFFICIENT_BALANCE:
                return invalidRequest("Your credit balance is too low to access the Anthropic API. "
                        + "Please go to Plans & Billing to upgrade or purchase credits.");
            case OVERLOADED:
                return error(529, OVERLOADED, "Overloaded");
            default:
                return error(500, API, "Internal server error");
        }
    }

    @Override
    public FakeResponse render(ProviderError error) {
        String requestId = requestId();
        ObjectNode body = JsonSupport.object();
        body.put("type", "error");
        ObjectNode detail = body.putObject("error");
        detail.put("type", error.type() != null ? error.type() : typeFor(error.status()));
        detail.put("message", error.message());
        if (error.code() != null) {
            detail.putObject("details").put("error_code", error.code());
        }
        body.put("request_id", requestId);
        FakeResponse response = FakeResponse.json(error.status(), body).withHeader("request-id", requestId);
        if (error.status() == 429) {
            response = response.withHeader("retry-after", "1").withHeader("retry-after-ms", RETRY_AFTER_MS);
        }
        return response;
    }

    /** The body of an {@code error} event in a stream. */
    static ObjectNode streamEvent(ProviderError error) {
        ObjectNode body = JsonSupport.object();
        body.put("type", "error");
        body.putObject("error")
                .put("type", error.type() != null ? error.type() : typeFor(error.status()))
                .put("message", error.message());
        return body;
    }

    String requestId() {
        return ids.next("req_011C", IdSequence.BASE62, 20);
    }

    @Override
    public ProviderError unknownRoute(FakeRequest request) {
        return error(404, NOT_FOUND, "Not Found");
    }

    @Override
    public ProviderError malformedBody(FakeRequest request, String reason) {
        return invalidRequest(reason);
    }

    @Override
    public ProviderError badRequest(FakeRequest request, int status, String reason) {
        return error(status, status == 400 ? "invalid_request_error" : typeFor(status), reason);
    }

    @Override
    public ProviderError internalError(FakeRequest request, RuntimeException failure) {
        return error(500, API, dev.mockapis.core.internal.InternalFailures.message("The fake", request, failure));
    }

    static String typeFor(int status) {
        switch (status) {
            case 401:
                return AUTHENTICATION;
            case 402:
                return "billing_error";
            case 403:
                return PERMISSION;
            case 404:
                return NOT_FOUND;
            case 413:
                return "request_too_large";
            case 429:
                return RATE_LIMIT;
            case 504:
                return "timeout_error";
            case 529:
                return OVERLOADED;
            default:
                return status >= 500 ? API : INVALID_REQUEST;
        }
    }
}
