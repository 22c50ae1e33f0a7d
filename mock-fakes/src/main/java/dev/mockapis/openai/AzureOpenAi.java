package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.internal.JsonSupport;
import java.io.IOException;
import java.util.List;

/**
 * Azure OpenAI's paths on the same fake: {@code /openai/deployments/{deployment}/…?api-version=…} (the
 * deployment taking the model's place), {@code /openai/…?api-version=…} for calls without a model, and the
 * {@code /openai/v1/…} endpoint, which needs no version. Azure takes the key in an {@code api-key} header (or a
 * bearer token), answers a missing key or version with its own error shape
 * ({@code {"error":{"code":"401","message":…}}}), and adds content-filter results to chat completions.
 */
final class AzureOpenAi {

    /** The prefixes of Azure's routes, each put before every OpenAI route (without {@code /v1}). */
    static final List<String> PREFIXES = List.of("/openai/deployments/{deployment}", "/openai/v1", "/openai");

    private static final List<String> FILTER_CATEGORIES = List.of("hate", "self_harm", "sexual", "violence");

    private AzureOpenAi() {}

    /** Whether the request came in on an Azure path. */
    static boolean isAzure(FakeRequest request) {
        return request.path().startsWith("/openai/");
    }

    /** Azure's answer to a request it refuses before any operation runs (no key, no version), or {@code null}. */
    static FakeResponse refusal(FakeRequest request) {
        if (request.header("api-key").filter(key -> !key.isBlank()).isEmpty()
                && !request.header("Authorization").orElse("").startsWith("Bearer ")) {
            return unauthorized();
        }
        if (!request.path().startsWith("/openai/v1/")
                && request.queryParam("api-version")
                        .filter(version -> !version.isBlank())
                        .isEmpty()) {
            return error(404, "404", "Resource not found");
        }
        return null;
    }

    /** Azure's 401 for a missing or rejected key. */
    static FakeResponse unauthorized() {
        return error(
                401,
                "401",
                "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key"
                        + " for an active subscription and use a correct regional API endpoint for your resource.");
    }

    /** The answer as Azure gives it: chat completions carry the prompt's and each choice's filter results. */
    static FakeResponse decorate(ApiCall call, FakeResponse response) {
        if (!call.operationId().equals("chat.completions.create")
                || response.status() != 200
                || !(response.body() instanceof ResponseBody.Bytes)) {
            return response;
        }
        JsonNode json;
        try {
            json = JsonSupport.mapper().readTree(response.bodyText());
        } catch (IOException notJson) {
            return response;
        }
        if (!(json instanceof ObjectNode completion)
                || !completion.path("choices").isArray()) {
            return response;
        }
        ObjectNode prompt = completion.putArray("prompt_filter_results").addObject();
        prompt.put("prompt_index", 0);
        prompt.set("content_filter_results", filterResults());
        for (JsonNode choice : completion.get("choices")) {
            ((ObjectNode) choice).set("content_filter_results", filterResults());
        }
        return response.withBody(new ResponseBody.Bytes(
                JsonSupport.write(completion).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static ObjectNode filterResults() {
        ObjectNode results = JsonSupport.object();
        for (String category : FILTER_CATEGORIES) {
            results.putObject(category).put("filtered", false).put("severity", "safe");
        }
        return results;
    }

    private static FakeResponse error(int status, String code, String message) {
        ObjectNode body = JsonSupport.object();
        body.putObject("error").put("code", code).put("message", message);
        return FakeResponse.json(status, body);
    }
}
