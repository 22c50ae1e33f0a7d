package dev.mockapis.deepseek;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.internal.JsonSupport;

/**
 * DeepSeek's errors: OpenAI's shape, {@code {"error":{"message","type","param","code"}}}, where the code
 * is {@code invalid_request_error} whatever went wrong, with the statuses DeepSeek documents: 400
 * invalid format, 401 authentication fails, 402 insufficient balance, 422 invalid parameters, 429 rate
 * limit reached, 500 server error, 503 server overloaded.
 */
final class DeepSeekErrors implements ErrorFormat {

    static final String INVALID_REQUEST = "invalid_request_error";

    static ProviderError error(int status, String type, String message) {
        return new ProviderError(status, INVALID_REQUEST, type, message, null);
    }

    static ProviderError invalidFormat(String reason) {
        return error(400, INVALID_REQUEST, "Failed to parse the request body as JSON: " + reason);
    }

    static ProviderError invalidParameters(String message) {
        return error(422, INVALID_REQUEST, message);
    }

    static ProviderError modelNotExist() {
        return error(400, INVALID_REQUEST, "Model Not Exist");
    }

    static ProviderError of(Failure failure) {
        switch (failure) {
            case INVALID_REQUEST:
                return invalidFormat("expected value at line 1 column 1");
            case UNAUTHORIZED:
            case PERMISSION_DENIED:
                return error(401, "authentication_error", "Authentication Fails, Your api key: ****test is invalid");
            case NOT_FOUND:
                return modelNotExist();
            case RATE_LIMITED:
                return error(429, "rate_limit_error", "Rate Limit Reached");
            case INSUFFICIENT_BALANCE:
                return error(402, "unknown_error", "Insufficient Balance");
            case OVERLOADED:
                return error(503, "server_error", "Server Overloaded");
            default:
                return error(500, "server_error", "Server Error");
        }
    }

    @Override
    public FakeResponse render(ProviderError error) {
        ObjectNode body = JsonSupport.object();
        body.putObject("error")
                .put("message", error.message())
                .put("type", error.type() != null ? error.type() : INVALID_REQUEST)
                .put("param", error.param())
                .put("code", error.code() != null ? error.code() : INVALID_REQUEST);
        return FakeResponse.json(error.status(), body);
    }

    @Override
    public ProviderError unknownRoute(FakeRequest request) {
        return error(404, INVALID_REQUEST, "Not Found");
    }

    @Override
    public ProviderError malformedBody(FakeRequest request, String reason) {
        return invalidFormat(reason);
    }

    @Override
    public ProviderError badRequest(FakeRequest request, int status, String reason) {
        return error(status, "invalid_request_error", reason);
    }

    @Override
    public ProviderError internalError(FakeRequest request, RuntimeException failure) {
        return error(
                500, "server_error", dev.mockapis.core.internal.InternalFailures.message("The fake", request, failure));
    }
}
