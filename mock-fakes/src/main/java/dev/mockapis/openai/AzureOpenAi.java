package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ResponseBody;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.internal.JsonSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Azure OpenAI's paths on the same fake: {@code /openai/deployments/{deployment}/…?api-version=…} (the
 * deployment taking the model's place), {@code /openai/…?api-version=…} for calls without a model, and the
 * {@code /openai/v1/…} endpoint, which needs no version. Azure takes the key in an {@code api-key} header (or a
 * bearer token), answers a missing key or version with its own error shape
 * ({@code {"error":{"code":"401","message":…}}}), and adds content-filter results to chat completions, streamed
 * or not. Under {@link ContentFilter#PROMPT} it refuses chat completions as its content filter refuses a prompt.
 */
final class AzureOpenAi {

    /** The prefixes of Azure's routes, each put before every OpenAI route (without {@code /v1}). */
    static final List<String> PREFIXES = List.of("/openai/deployments/{deployment}", "/openai/v1", "/openai");

    private static final List<String> FILTER_CATEGORIES = List.of("hate", "self_harm", "sexual", "violence");

    /** The message of Azure's 400 for a prompt its content filter refuses. */
    static final String FILTERED_PROMPT =
            "The response was filtered due to the prompt triggering Azure OpenAI's content"
                    + " management policy. Please modify your prompt and retry. To learn more about our content filtering"
                    + " policies please read our documentation: https://go.microsoft.com/fwlink/?linkid=2198766";

    /** A scenario's content-filter outcome on Azure's paths. */
    enum ContentFilter implements Directive {
        /** The prompt is refused with Azure's 400 {@code content_filter}, filtered for violence. */
        PROMPT
    }

    private AzureOpenAi() {}

    /** Whether the request came in on an Azure path. */
    static boolean isAzure(FakeRequest request) {
        return request.path().startsWith("/openai/");
    }

    /** Azure's answer to a request it refuses before any operation runs (no key, no version), or {@code null}. */
    static @Nullable FakeResponse refusal(FakeRequest request) {
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

    /**
     * Azure's 400 for a filtered prompt: OpenAI's error keys plus {@code status} and an {@code innererror} naming
     * the policy and each category's result.
     */
    static FakeResponse promptFiltered() {
        ObjectNode body = JsonSupport.object();
        ObjectNode error = body.putObject("error");
        error.put("message", FILTERED_PROMPT);
        error.putNull("type");
        error.put("param", "prompt");
        error.put("code", "content_filter");
        error.put("status", 400);
        ObjectNode inner = error.putObject("innererror");
        inner.put("code", "ResponsibleAIPolicyViolation");
        // in Azure's order, which is alphabetical: prompt shields' jailbreak among the harm categories
        ObjectNode results = inner.putObject("content_filter_result");
        results.putObject("hate").put("filtered", false).put("severity", "safe");
        results.putObject("jailbreak").put("filtered", false).put("detected", false);
        results.putObject("self_harm").put("filtered", false).put("severity", "safe");
        results.putObject("sexual").put("filtered", false).put("severity", "safe");
        results.putObject("violence").put("filtered", true).put("severity", "medium");
        return FakeResponse.json(400, body);
    }

    /**
     * The answer as Azure gives it: chat completions carry the prompt's and each choice's filter results. A stream
     * starts with Azure's annotation chunk (empty {@code id}, {@code model} and {@code object}, no choices, the
     * prompt's results), and each choice of a later chunk carries results, empty unless it carries content.
     */
    static FakeResponse decorate(ApiCall call, FakeResponse response) {
        if (!call.operationId().equals("chat.completions.create") || response.status() != 200) {
            return response;
        }
        if (response.body() instanceof ResponseBody.EventStream stream) {
            return response.withBody(new ResponseBody.EventStream(
                    annotated(stream.events()), stream.firstEventDelay(), stream.interval()));
        }
        if (!(response.body() instanceof ResponseBody.Bytes)) {
            return response;
        }
        if (!(json(response.bodyText()) instanceof ObjectNode completion)
                || !completion.path("choices").isArray()) {
            return response;
        }
        completion.set("prompt_filter_results", promptResults());
        for (JsonNode choice : completion.get("choices")) {
            ((ObjectNode) choice).set("content_filter_results", filterResults());
        }
        return response.withBody(
                new ResponseBody.Bytes(JsonSupport.write(completion).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<ServerSentEvent> annotated(List<ServerSentEvent> events) {
        List<ServerSentEvent> annotated = new ArrayList<>();
        ObjectNode first = JsonSupport.object();
        first.putArray("choices");
        first.put("created", 0);
        first.put("id", "");
        first.put("model", "");
        first.put("object", "");
        first.set("prompt_filter_results", promptResults());
        annotated.add(ServerSentEvent.data(JsonSupport.write(first)));
        for (ServerSentEvent event : events) {
            if (!(json(event.data()) instanceof ObjectNode chunk)
                    || !chunk.path("choices").isArray()
                    || chunk.get("choices").isEmpty()) {
                annotated.add(event);
                continue;
            }
            for (JsonNode choice : chunk.get("choices")) {
                boolean content =
                        !choice.path("delta").path("content").asText("").isEmpty();
                ((ObjectNode) choice).set("content_filter_results", content ? filterResults() : JsonSupport.object());
            }
            annotated.add(new ServerSentEvent(event.event(), JsonSupport.write(chunk)));
        }
        return annotated;
    }

    private static @Nullable JsonNode json(String text) {
        try {
            return JsonSupport.mapper().readTree(text);
        } catch (IOException notJson) {
            return null;
        }
    }

    private static ArrayNode promptResults() {
        ArrayNode results = JsonSupport.mapper().createArrayNode();
        ObjectNode prompt = results.addObject();
        prompt.put("prompt_index", 0);
        prompt.set("content_filter_results", filterResults());
        return results;
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
