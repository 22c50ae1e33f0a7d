package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import dev.mockapis.openai.internal.TokenCounter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Responses API: {@code responses.create} (chained with {@code previous_response_id} or kept in a
 * conversation, plain, background or streamed), {@code retrieve}, {@code delete}, {@code cancel} and
 * {@code input_items.list}. The model sees every earlier turn of the chain or conversation. A {@code file_search}
 * tool searches the fake's vector stores ({@link FileSearch}).
 */
final class Responses {

    private final IdGenerator ids;
    private final Clock clock;
    private final ReplyEngine replies;
    private final ResponsesState state;
    private final ResponseItems items;
    private final VectorStores vectorStores;

    Responses(IdGenerator ids, Clock clock, ReplyEngine replies, ResponsesState state, VectorStores vectorStores) {
        this.ids = ids;
        this.clock = clock;
        this.replies = replies;
        this.state = state;
        this.items = new ResponseItems(ids);
        this.vectorStores = vectorStores;
    }

    /** The turn a create call would answer, worked out without changing anything (ids included). */
    Turn turn(ApiCall call) {
        synchronized (state) {
            return prepare(call, new ResponseItems(ids.scratch())).turn();
        }
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            Prepared prepared = prepare(call, items);
            JsonBody body = prepared.body();
            Turn turn = prepared.turn();
            Completion completion = OpenAiErrors.unlessFailing(replies.complete(directive, turn));
            FileSearch search = completion instanceof Completion.Text
                    ? FileSearch.run(prepared.tools(), body, turn.lastUserText(), vectorStores, ids)
                    : null;
            if (search != null && directive == null && turn.outputSchema() == null) {
                completion = new Completion.Text(search.answer());
            }
            long now = clock.instant().getEpochSecond();
            boolean stored = body.bool("store", true);
            ObjectNode skeleton = StoredResponse.skeleton(
                    ids.response(), now, body, prepared.tools(), prepared.conversationId(), stored);
            StoredResponse response = new StoredResponse(
                    skeleton, prepared.input(), prepared.previousId(), prepared.conversationId(), stored);
            StoredResponse.Planned output = new StoredResponse.Planned(
                    output(completion, search),
                    StoredResponse.usage(
                            TokenCounter.OPENAI.prompt(turn) + (search == null ? 0 : search.inputTokens()),
                            TokenCounter.OPENAI.output(turn, completion),
                            TokenCounter.OPENAI.reasoning(turn, completion)),
                    now);
            boolean stream = body.bool("stream", false);
            ObjectNode inProgress = response.json();
            if (response.background() && !stream) {
                skeleton.put("status", "queued");
                response.plan(output);
            } else {
                response.complete(output);
                appendToConversation(response);
            }
            if (stored) {
                state.save(response);
            }
            if (stream) {
                return FakeResponse.eventStream(ResponseEvents.of(inProgress, response.json()));
            }
            return FakeResponse.json(200, response.json());
        }
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            StoredResponse response = state.response(responseId(call));
            if (response.background() && response.advance()) {
                appendToConversation(response);
            }
            return FakeResponse.json(200, response.json());
        }
    }

    FakeResponse delete(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            String id = responseId(call);
            state.delete(id);
            ObjectNode deleted = JsonSupport.object()
                    .put("id", id)
                    .put("object", "response.deleted")
                    .put("deleted", true);
            return FakeResponse.json(200, deleted);
        }
    }

    FakeResponse cancel(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            StoredResponse response = state.response(responseId(call));
            if (!response.background()) {
                throw OpenAiErrors.badRequest(
                        "Only responses created with background=true can be cancelled.", null, null);
            }
            if (response.status().equals("completed")) {
                throw OpenAiErrors.badRequest("Cannot cancel a completed response.", null, null);
            }
            if (!response.status().equals("cancelled")) {
                response.cancel();
            }
            return FakeResponse.json(200, response.json());
        }
    }

    FakeResponse inputItems(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            StoredResponse response = state.response(responseId(call));
            return FakeResponse.json(200, ListPage.of(response.input(), call.request(), 20, "desc"));
        }
    }

    private Prepared prepare(ApiCall call, ResponseItems itemReader) {
        JsonBody body = JsonBody.of(call.request());
        String model = body.requiredString("model");
        String previousId = body.optionalString("previous_response_id").orElse(null);
        String conversationId = conversationId(body);
        if (previousId != null && conversationId != null) {
            throw OpenAiErrors.badRequest(
                    "Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or"
                            + " 'conversation'.",
                    null,
                    "mutually_exclusive_parameters");
        }
        List<ObjectNode> history = new ArrayList<>();
        if (previousId != null) {
            history.addAll(state.history(state.previous(previousId)));
        }
        if (conversationId != null) {
            history.addAll(state.conversation(conversationId).items());
        }
        List<ObjectNode> input = itemReader.fromInput(body.node("input").orElse(null), "input");
        ResponseItems.requirePairedCalls(history, input);
        List<ObjectNode> everything = new ArrayList<>(history);
        everything.addAll(input);
        ArrayNode tools = tools(body);
        Turn turn = new Turn(
                call.operationId(),
                model,
                null,
                null,
                body.optionalString("instructions").orElse(null),
                ResponseItems.messages(everything),
                ToolChoices.offered(
                        declaredFunctions(tools), body.node("tool_choice").orElse(null)),
                ResponseItems.trailingToolResults(everything),
                outputSchema(body),
                null,
                List.of(),
                false,
                ToolChoices.required(body.node("tool_choice").orElse(null)));
        return new Prepared(body, turn, input, tools, previousId, conversationId);
    }

    private record Prepared(
            JsonBody body,
            Turn turn,
            List<ObjectNode> input,
            ArrayNode tools,
            @Nullable String previousId,
            @Nullable String conversationId) {}

    private static @Nullable String conversationId(JsonBody body) {
        JsonNode conversation = body.node("conversation").orElse(null);
        if (conversation == null) {
            return null;
        }
        if (conversation.isTextual()) {
            return conversation.asText();
        }
        return JsonBody.nested(conversation, "conversation").requiredString("id");
    }

    private List<ObjectNode> output(Completion completion, @Nullable FileSearch search) {
        List<ObjectNode> output = new ArrayList<>();
        if (search != null) {
            output.add(search.call());
        }
        if (completion instanceof Completion.Text text) {
            ObjectNode message = JsonSupport.object();
            message.put("id", ids.messageItem());
            message.put("type", "message");
            message.put("status", "completed");
            message.put("role", "assistant");
            ObjectNode part = message.putArray("content").addObject();
            part.put("type", "output_text").put("text", text.text());
            if (search != null) {
                part.set("annotations", search.citations(text.text()));
            } else {
                part.putArray("annotations");
            }
            part.putArray("logprobs");
            output.add(message);
        } else {
            for (Completion.Call call : ((Completion.ToolCalls) completion).calls()) {
                ObjectNode item = JsonSupport.object();
                item.put("id", ids.functionCallItem());
                item.put("type", "function_call");
                item.put("status", "completed");
                item.put("call_id", ids.toolCall());
                item.put("name", call.name());
                item.put("arguments", call.arguments());
                output.add(item);
            }
        }
        return output;
    }

    private void appendToConversation(StoredResponse response) {
        if (response.conversationId() != null) {
            List<ObjectNode> conversation =
                    state.conversation(response.conversationId()).items();
            response.input().forEach(item -> conversation.add(item.deepCopy()));
            response.output().forEach(item -> conversation.add(item.deepCopy()));
        }
    }

    /** The request's tools as the response echoes them: function tools get OpenAI's defaults filled in. */
    private static ArrayNode tools(JsonBody body) {
        ArrayNode tools = JsonSupport.mapper().createArrayNode();
        ArrayNode declared = body.optionalArray("tools").orElse(null);
        if (declared == null) {
            return tools;
        }
        for (int i = 0; i < declared.size(); i++) {
            JsonBody tool = JsonBody.nested(declared.get(i), "tools[" + i + "]");
            ObjectNode copy = tool.json().deepCopy();
            if ("function".equals(tool.requiredString("type"))) {
                tool.requiredString("name");
                if (!copy.has("description")) {
                    copy.putNull("description");
                }
                if (!copy.has("parameters")) {
                    copy.putNull("parameters");
                }
                if (!copy.has("strict")) {
                    copy.put("strict", true);
                }
            }
            tools.add(copy);
        }
        return tools;
    }

    private static List<Turn.Tool> declaredFunctions(ArrayNode tools) {
        List<Turn.Tool> functions = new ArrayList<>();
        for (JsonNode tool : tools) {
            if ("function".equals(tool.path("type").asText())) {
                JsonNode parameters = tool.get("parameters");
                functions.add(new Turn.Tool(
                        tool.path("name").asText(),
                        tool.path("description").asText(null),
                        parameters == null || parameters.isNull() ? null : parameters));
            }
        }
        return functions;
    }

    private static @Nullable JsonNode outputSchema(JsonBody body) {
        JsonNode format =
                body.optionalObject("text").map(text -> text.get("format")).orElse(null);
        if (format == null || !format.isObject()) {
            return null;
        }
        String type = format.path("type").asText("text");
        if (type.equals("json_schema")) {
            JsonBody schema = JsonBody.nested(format, "text.format");
            schema.requiredString("name");
            return schema.node("schema").orElseThrow(() -> OpenAiErrors.missingParameter("text.format.schema"));
        }
        return type.equals("json_object") ? ResponseFormats.jsonObject() : null;
    }

    private static String responseId(ApiCall call) {
        return call.pathVariable("response_id").orElseThrow();
    }
}
