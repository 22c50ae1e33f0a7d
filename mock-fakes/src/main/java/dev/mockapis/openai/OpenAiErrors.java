package dev.mockapis.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's error shape, {@code {"error":{"message","type","param","code"}}} with all four keys, and the
 * errors the fake raises, worded as the API words them.
 */
final class OpenAiErrors implements ErrorFormat {

    static final String INVALID_REQUEST = "invalid_request_error";

    private static final String MALFORMED_JSON =
            "We could not parse the JSON body of your request. (HINT: This likely means"
                    + " you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was"
                    + " not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center"
                    + " at help.openai.com.)";

    private final OpenAiHeaders headers;

    OpenAiErrors(OpenAiHeaders headers) {
        this.headers = headers;
    }

    @Override
    public FakeResponse render(ProviderError error) {
        ObjectNode body = JsonSupport.object();
        ObjectNode inner = body.putObject("error");
        inner.put("message", error.message());
        inner.put("type", error.type() != null ? error.type() : defaultType(error.status()));
        inner.put("param", error.param());
        inner.put("code", error.code());
        return headers.forError(FakeResponse.json(error.status(), body));
    }

    @Override
    public ProviderError unknownRoute(FakeRequest request) {
        return new ProviderError(
                404, null, INVALID_REQUEST, "Invalid URL (" + request.method() + " " + request.path() + ")", null);
    }

    @Override
    public ProviderError malformedBody(FakeRequest request, String reason) {
        return new ProviderError(400, null, INVALID_REQUEST, MALFORMED_JSON, null);
    }

    @Override
    public ProviderError badRequest(FakeRequest request, int status, String reason) {
        return new ProviderError(status, null, INVALID_REQUEST, reason, null);
    }

    @Override
    public ProviderError internalError(FakeRequest request, RuntimeException failure) {
        return new ProviderError(
                500,
                null,
                "server_error",
                dev.mockapis.core.internal.InternalFailures.message("The openai fake", request, failure),
                null);
    }

    private static String defaultType(int status) {
        if (status == 429) {
            return "requests";
        }
        return status >= 500 ? "server_error" : INVALID_REQUEST;
    }

    static ProviderErrorException error(int status, String message, @Nullable String param, @Nullable String code) {
        return new ProviderErrorException(new ProviderError(status, code, INVALID_REQUEST, message, param));
    }

    /** OpenAI's error for a kind of failure, as a chat completion would meet it. */
    static ProviderError of(Failure failure) {
        switch (failure) {
            case INVALID_REQUEST:
                return OpenAiScenarios.contextLengthExceeded("chat.completions.create");
            case UNAUTHORIZED:
                return new ProviderError(
                        401,
                        "invalid_api_key",
                        INVALID_REQUEST,
                        "Incorrect API key provided: sk-mock*****test."
                                + " You can find your API key at https://platform.openai.com/account/api-keys.",
                        null);
            case PERMISSION_DENIED:
                return new ProviderError(
                        403, null, INVALID_REQUEST, "You have insufficient permissions for this operation.", null);
            case NOT_FOUND:
                return new ProviderError(
                        404,
                        "model_not_found",
                        INVALID_REQUEST,
                        "The model does not exist or you do not have access to it.",
                        null);
            case RATE_LIMITED:
                return new OpenAiScenarios.ModelError(OpenAiScenarios.RATE_LIMIT).forModel("gpt-4o");
            case INSUFFICIENT_BALANCE:
                return new ProviderError(
                        429,
                        "insufficient_quota",
                        "insufficient_quota",
                        "You exceeded your current quota, please check"
                                + " your plan and billing details. For more information on this error, read the docs:"
                                + " https://platform.openai.com/docs/guides/error-codes/api-errors.",
                        null);
            case OVERLOADED:
                return OpenAiScenarios.OVERLOAD;
            default:
                return OpenAiScenarios.SERVER;
        }
    }

    /**
     * The completion, unless the reply fails mid-stream: Responses and Assistants runs answer such a reply
     * with the error itself, as their streams have no mid-stream error of this kind.
     */
    static Completion unlessFailing(Completion completion) {
        if (completion instanceof Completion.FailedMidStream failed) {
            throw new ProviderErrorException(of(failed.failure()));
        }
        return completion;
    }

    static ProviderErrorException badRequest(String message, @Nullable String param, @Nullable String code) {
        return error(400, message, param, code);
    }

    /** The Assistants API's 404: {@code No thread found with id 'thread_x'.} */
    static ProviderErrorException noSuch(String kind, String id) {
        return error(404, "No " + kind + " found with id '" + id + "'.", null, null);
    }

    static ProviderErrorException missingParameter(String param) {
        return badRequest("Missing required parameter: '" + param + "'.", param, "missing_required_parameter");
    }

    static ProviderErrorException invalidType(String param, String expected, String actual) {
        return badRequest(
                "Invalid type for '" + param + "': expected " + expected + ", but got " + actual + " instead.",
                param,
                "invalid_type");
    }

    static ProviderErrorException invalidValue(String param, String value, List<String> supported) {
        String last = "'" + supported.get(supported.size() - 1) + "'";
        String choices = supported.size() == 1
                ? last
                : supported.subList(0, supported.size() - 1).stream()
                                .map(s -> "'" + s + "'")
                                .collect(Collectors.joining(", "))
                        + (supported.size() > 2 ? ", and " : " and ")
                        + last;
        return badRequest(
                "Invalid value: '" + value + "'. Supported values are: " + choices + ".", param, "invalid_value");
    }
}
