package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Assistants v2 assistants: {@code create|retrieve|update|list|delete}, and the {@code OpenAI-Beta:
 * assistants=v2} header every Assistants call must carry.
 */
final class Assistants {

    private static final List<String> TOOL_TYPES = List.of("code_interpreter", "file_search", "function");

    private final IdGenerator ids;
    private final Clock clock;
    private final AssistantsState state;

    Assistants(IdGenerator ids, Clock clock, AssistantsState state) {
        this.ids = ids;
        this.clock = clock;
        this.state = state;
    }

    /** OpenAI's answer to an Assistants call without the v2 beta header. */
    static void requireBetaHeader(FakeRequest request) {
        boolean v2 = request.headers().all("OpenAI-Beta").stream().anyMatch(value -> value.contains("assistants=v2"));
        if (!v2) {
            throw OpenAiErrors.badRequest(
                    "You must provide the 'OpenAI-Beta' header to access the Assistants API. Please try again by"
                            + " setting the header 'OpenAI-Beta: assistants=v2'.",
                    null,
                    "invalid_beta");
        }
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        ObjectNode assistant = JsonSupport.object();
        assistant.put("id", ids.assistant());
        assistant.put("object", "assistant");
        assistant.put("created_at", clock.instant().getEpochSecond());
        assistant.put("name", body.optionalString("name").orElse(null));
        assistant.put("description", body.optionalString("description").orElse(null));
        assistant.put("model", body.requiredString("model"));
        assistant.put("instructions", body.optionalString("instructions").orElse(null));
        assistant.set("tools", tools(body.optionalArray("tools").orElse(null), "tools"));
        assistant.set(
                "tool_resources",
                body.optionalObject("tool_resources").map(ObjectNode::deepCopy).orElseGet(JsonSupport::object));
        assistant.set("metadata", body.metadata());
        assistant.put("top_p", body.number("top_p").orElse(1.0));
        assistant.put("temperature", body.number("temperature").orElse(1.0));
        assistant.set(
                "response_format",
                body.node("response_format")
                        .orElseGet(() -> JsonSupport.mapper().getNodeFactory().textNode("auto")));
        synchronized (state) {
            state.saveAssistant(assistant);
            return FakeResponse.json(200, assistant.deepCopy());
        }
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            return FakeResponse.json(200, state.assistant(assistantId(call)).deepCopy());
        }
    }

    FakeResponse update(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            ObjectNode assistant = state.assistant(assistantId(call));
            for (String field : List.of("name", "description", "model", "instructions")) {
                body.optionalString(field).ifPresent(value -> assistant.put(field, value));
            }
            body.optionalArray("tools").ifPresent(tools -> assistant.set("tools", tools(tools, "tools")));
            if (body.has("metadata")) {
                assistant.set("metadata", body.metadata());
            }
            body.number("temperature").ifPresent(value -> assistant.put("temperature", value));
            body.number("top_p").ifPresent(value -> assistant.put("top_p", value));
            body.node("response_format").ifPresent(value -> assistant.set("response_format", value));
            body.optionalObject("tool_resources").ifPresent(value -> assistant.set("tool_resources", value));
            return FakeResponse.json(200, assistant.deepCopy());
        }
    }

    FakeResponse list(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            return FakeResponse.json(200, ListPage.of(state.assistants(), call.request(), 20, "desc"));
        }
    }

    FakeResponse delete(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            String id = assistantId(call);
            state.deleteAssistant(id);
            return FakeResponse.json(200, AssistantShapes.deleted(id, "assistant.deleted"));
        }
    }

    /** Tools as an assistant or a run keeps them, checked as OpenAI checks them. */
    static ArrayNode tools(@Nullable ArrayNode declared, String param) {
        ArrayNode tools = JsonSupport.mapper().createArrayNode();
        if (declared == null) {
            return tools;
        }
        for (int i = 0; i < declared.size(); i++) {
            String path = param + "[" + i + "]";
            JsonBody tool = JsonBody.nested(declared.get(i), path);
            String type = tool.requiredString("type");
            if (!TOOL_TYPES.contains(type)) {
                throw OpenAiErrors.invalidValue(path + ".type", type, TOOL_TYPES);
            }
            if (type.equals("function")) {
                JsonBody.nested(
                                tool.optionalObject("function")
                                        .orElseThrow(() -> OpenAiErrors.missingParameter(path + ".function")),
                                path + ".function")
                        .requiredString("name");
            }
            tools.add(tool.json().deepCopy());
        }
        return tools;
    }

    /** The function tools among an assistant's or a run's tools. */
    static List<Turn.Tool> functions(JsonNode tools) {
        List<Turn.Tool> functions = new ArrayList<>();
        for (JsonNode tool : tools) {
            if ("function".equals(tool.path("type").asText())) {
                JsonNode function = tool.path("function");
                JsonNode parameters = function.get("parameters");
                functions.add(new Turn.Tool(
                        function.path("name").asText(),
                        function.path("description").asText(null),
                        parameters == null || parameters.isNull() ? null : parameters));
            }
        }
        return functions;
    }

    private static String assistantId(ApiCall call) {
        return call.pathVariable("assistant_id").orElseThrow();
    }
}
