package dev.mockapis.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.Directive;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.conversation.Reply;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.TextPieces;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Assistants v2 runs: {@code create}, {@code threads.create_and_run}, {@code retrieve}, {@code list},
 * {@code cancel}, {@code submit_tool_outputs} and {@code steps.list}. A polled run moves one status per
 * retrieval, {@code queued → in_progress → completed} (or {@code → requires_action} when the model
 * calls tools, resumed by submitting an output for every call); a streamed run plays its whole life as
 * events at once. On completion the assistant's reply joins the thread as a {@code thread.message}.
 */
final class Runs {

    private static final Set<String> CANCELLABLE = Set.of("queued", "in_progress", "requires_action");

    private final IdGenerator ids;
    private final Clock clock;
    private final ReplyEngine replies;
    private final AssistantsState state;
    private final Threads threads;

    Runs(IdGenerator ids, Clock clock, ReplyEngine replies, AssistantsState state, Threads threads) {
        this.ids = ids;
        this.clock = clock;
        this.replies = replies;
        this.state = state;
        this.threads = threads;
    }

    /** The turn a call would have the model take, worked out without changing anything. */
    Turn turn(ApiCall call) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            switch (call.operationId()) {
                case "threads.create_and_run": {
                    List<Turn.Message> messages = new ArrayList<>();
                    body.optionalObject("thread")
                            .flatMap(thread -> JsonBody.nested(thread, "thread").optionalArray("messages"))
                            .ifPresent(sent -> sent.forEach(message -> messages.add(RunTurns.sentMessage(message))));
                    return RunTurns.turn(call.operationId(), messages, RunTurns.settings(state, body), List.of());
                }
                case "threads.runs.submit_tool_outputs": {
                    AssistantsState.ThreadRecord thread = thread(call);
                    RunRecord run = thread.run(call.pathVariable("run_id").orElseThrow());
                    return RunTurns.turn(
                            call.operationId(),
                            RunTurns.messages(thread),
                            RunTurns.settings(state, run.json()),
                            results(run, body, false));
                }
                case "threads.messages.create": {
                    List<Turn.Message> messages = RunTurns.messages(thread(call));
                    messages.add(RunTurns.sentMessage(body.json()));
                    return new Turn(
                            call.operationId(),
                            null,
                            null,
                            null,
                            null,
                            messages,
                            List.of(),
                            List.of(),
                            null,
                            null,
                            List.of(),
                            false,
                            false);
                }
                default: {
                    List<Turn.Message> messages = RunTurns.messages(thread(call));
                    body.optionalArray("additional_messages")
                            .ifPresent(sent -> sent.forEach(message -> messages.add(RunTurns.sentMessage(message))));
                    return RunTurns.turn(call.operationId(), messages, RunTurns.settings(state, body), List.of());
                }
            }
        }
    }

    FakeResponse create(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            AssistantsState.ThreadRecord thread = thread(call);
            RunTurns.Settings settings = RunTurns.settings(state, body);
            thread.activeRun().ifPresent(run -> {
                throw OpenAiErrors.badRequest(
                        "Thread " + thread.id() + " already has an active run " + run.id() + ".", null, null);
            });
            List<ObjectNode> added = new ArrayList<>();
            ArrayNode additional = body.optionalArray("additional_messages")
                    .orElse(JsonSupport.mapper().createArrayNode());
            for (int i = 0; i < additional.size(); i++) {
                String path = "additional_messages[" + i + "]";
                added.add(threads.newMessage(thread, JsonBody.nested(additional.get(i), path), path + "."));
            }
            thread.messages().addAll(added);
            RunRecord run = newRun(call.operationId(), thread, settings, body, directive);
            return answer(run, thread, body.bool("stream", false), null);
        }
    }

    FakeResponse createAndRun(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            RunTurns.Settings settings = RunTurns.settings(state, body);
            JsonBody threadBody = body.optionalObject("thread")
                    .map(thread -> JsonBody.nested(thread, "thread"))
                    .orElseGet(() -> JsonBody.nested(JsonSupport.object(), "thread"));
            AssistantsState.ThreadRecord thread = threads.newThread(threadBody, "thread.");
            RunRecord run = newRun(call.operationId(), thread, settings, body, directive);
            return answer(run, thread, body.bool("stream", false), thread.json());
        }
    }

    FakeResponse retrieve(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            AssistantsState.ThreadRecord thread = thread(call);
            RunRecord run = thread.run(call.pathVariable("run_id").orElseThrow());
            advance(run, thread);
            return FakeResponse.json(200, run.json().deepCopy());
        }
    }

    FakeResponse list(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            List<ObjectNode> runs =
                    thread(call).runs().stream().map(RunRecord::json).collect(Collectors.toList());
            return FakeResponse.json(200, ListPage.of(runs, call.request(), 20, "desc"));
        }
    }

    FakeResponse steps(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            RunRecord run = thread(call).run(call.pathVariable("run_id").orElseThrow());
            return FakeResponse.json(200, ListPage.of(run.steps(), call.request(), 20, "desc"));
        }
    }

    FakeResponse cancel(ApiCall call, @Nullable Directive directive) {
        synchronized (state) {
            RunRecord run = thread(call).run(call.pathVariable("run_id").orElseThrow());
            if (!CANCELLABLE.contains(run.status())) {
                throw OpenAiErrors.badRequest("Cannot cancel run with status '" + run.status() + "'.", null, null);
            }
            ObjectNode json = run.json();
            ObjectNode toolStep = run.toolStep();
            if (toolStep != null) {
                toolStep.put("status", "cancelled").put("cancelled_at", now());
                run.toolsAnswered();
            }
            json.putNull("required_action");
            json.put("status", "cancelling");
            return FakeResponse.json(200, json.deepCopy());
        }
    }

    FakeResponse submitToolOutputs(ApiCall call, @Nullable Directive directive) {
        JsonBody body = JsonBody.of(call.request());
        synchronized (state) {
            AssistantsState.ThreadRecord thread = thread(call);
            RunRecord run = thread.run(call.pathVariable("run_id").orElseThrow());
            if (!run.status().equals("requires_action")) {
                throw OpenAiErrors.badRequest(
                        "Runs in status \"" + run.status() + "\" do not accept tool outputs.", null, null);
            }
            List<Turn.ToolResult> results = results(run, body, true);
            boolean stream = body.bool("stream", false);
            AssistantEvents events = stream ? AssistantEvents.stream() : AssistantEvents.none();
            ObjectNode step = awaitedStep(run);
            Map<String, String> outputs = new LinkedHashMap<>();
            results.forEach(result -> outputs.put(result.callId(), result.output()));
            for (JsonNode toolCall : step.path("step_details").path("tool_calls")) {
                ((ObjectNode) toolCall.path("function"))
                        .put("output", outputs.get(toolCall.path("id").asText()));
            }
            step.put("status", "completed").put("completed_at", now());
            step.set(
                    "usage",
                    AssistantShapes.usage(run.turnPromptTokens(), run.planned().outputTokens()));
            events.emit("thread.run.step.completed", step.deepCopy());
            run.toolsAnswered();
            ObjectNode json = run.json();
            json.putNull("required_action");
            json.put("status", "queued");
            Directive resume = directive != null
                    ? directive
                    : run.directive() instanceof Reply.Sequence || run.directive() instanceof Reply.ToolRoundTrip
                            ? run.directive()
                            : null;
            Turn turn = RunTurns.turn(
                    call.operationId(), RunTurns.messages(thread), RunTurns.settings(state, json), results);
            run.plan(OpenAiErrors.unlessFailing(replies.complete(resume, turn)), RunTurns.promptTokens(turn));
            if (!stream) {
                return FakeResponse.json(200, json.deepCopy());
            }
            events.emit("thread.run.queued", json.deepCopy());
            start(run, events);
            execute(run, thread, events);
            return FakeResponse.eventStream(events.done());
        }
    }

    private RunRecord newRun(
            String operationId,
            AssistantsState.ThreadRecord thread,
            RunTurns.Settings settings,
            JsonBody body,
            @Nullable Directive directive) {
        long now = now();
        ObjectNode json = JsonSupport.object();
        json.put("id", ids.run());
        json.put("object", "thread.run");
        json.put("created_at", now);
        json.put("assistant_id", settings.assistantId());
        json.put("thread_id", thread.id());
        json.put("status", "queued");
        json.putNull("started_at");
        json.put("expires_at", now + 600);
        json.putNull("cancelled_at");
        json.putNull("failed_at");
        json.putNull("completed_at");
        json.putNull("required_action");
        json.putNull("last_error");
        json.put("model", settings.model());
        json.put("instructions", settings.instructions());
        json.set("tools", settings.tools());
        json.set("metadata", body.metadata());
        json.putNull("incomplete_details");
        json.putNull("usage");
        json.put(
                "temperature",
                body.number("temperature")
                        .orElse(settings.assistant().path("temperature").asDouble(1.0)));
        json.put(
                "top_p",
                body.number("top_p").orElse(settings.assistant().path("top_p").asDouble(1.0)));
        json.set("max_prompt_tokens", body.node("max_prompt_tokens").orElse(null));
        json.set("max_completion_tokens", body.node("max_completion_tokens").orElse(null));
        json.putObject("truncation_strategy").put("type", "auto").putNull("last_messages");
        json.set(
                "response_format",
                body.node("response_format")
                        .orElseGet(() ->
                                settings.assistant().path("response_format").deepCopy()));
        json.set(
                "tool_choice",
                body.node("tool_choice")
                        .orElseGet(() -> JsonSupport.mapper().getNodeFactory().textNode("auto")));
        json.put("parallel_tool_calls", body.bool("parallel_tool_calls", true));
        RunRecord run = new RunRecord(json, directive);
        Turn turn = RunTurns.turn(operationId, RunTurns.messages(thread), settings, List.of());
        run.plan(OpenAiErrors.unlessFailing(replies.complete(directive, turn)), RunTurns.promptTokens(turn));
        thread.runs().add(run);
        return run;
    }

    private FakeResponse answer(
            RunRecord run, AssistantsState.ThreadRecord thread, boolean stream, @Nullable ObjectNode createdThread) {
        if (!stream) {
            return FakeResponse.json(200, run.json().deepCopy());
        }
        AssistantEvents events = AssistantEvents.stream();
        if (createdThread != null) {
            events.emit("thread.created", createdThread.deepCopy());
        }
        events.emit("thread.run.created", run.json().deepCopy());
        events.emit("thread.run.queued", run.json().deepCopy());
        start(run, events);
        execute(run, thread, events);
        return FakeResponse.eventStream(events.done());
    }

    /** One status on, as a poll sees it. */
    private void advance(RunRecord run, AssistantsState.ThreadRecord thread) {
        switch (run.status()) {
            case "queued":
                start(run, AssistantEvents.none());
                break;
            case "in_progress":
                execute(run, thread, AssistantEvents.none());
                break;
            case "cancelling":
                run.json().put("status", "cancelled").put("cancelled_at", now()).putNull("expires_at");
                break;
            default:
                break;
        }
    }

    private void start(RunRecord run, AssistantEvents events) {
        ObjectNode json = run.json();
        json.put("status", "in_progress");
        if (json.path("started_at").isNull()) {
            json.put("started_at", now());
        }
        events.emit("thread.run.in_progress", json.deepCopy());
    }

    /** The model's work: a reply message, or tool calls the run then waits on. */
    private void execute(RunRecord run, AssistantsState.ThreadRecord thread, AssistantEvents events) {
        ObjectNode json = run.json();
        long now = now();
        if (run.planned() instanceof Completion.ToolCalls calls) {
            List<String> callIds = new ArrayList<>();
            calls.calls().forEach(call -> callIds.add(ids.toolCall()));
            ObjectNode step =
                    AssistantShapes.step(ids.step(), now, json, AssistantShapes.toolCalls(callIds, calls.calls()));
            run.steps().add(step);
            events.emit("thread.run.step.created", step.deepCopy());
            events.emit("thread.run.step.in_progress", step.deepCopy());
            run.awaitTools(callIds, step);
            ObjectNode action = json.putObject("required_action");
            action.put("type", "submit_tool_outputs");
            ArrayNode toolCalls = action.putObject("submit_tool_outputs").putArray("tool_calls");
            for (int i = 0; i < callIds.size(); i++) {
                ObjectNode toolCall = toolCalls.addObject();
                toolCall.put("id", callIds.get(i)).put("type", "function");
                toolCall.putObject("function")
                        .put("name", calls.calls().get(i).name())
                        .put("arguments", calls.calls().get(i).arguments());
            }
            json.put("status", "requires_action");
            events.emit("thread.run.requires_action", json.deepCopy());
            return;
        }
        String text = ((Completion.Text) run.planned()).text();
        String messageId = ids.threadMessage();
        ObjectNode step = AssistantShapes.step(ids.step(), now, json, AssistantShapes.messageCreation(messageId));
        run.steps().add(step);
        events.emit("thread.run.step.created", step.deepCopy());
        events.emit("thread.run.step.in_progress", step.deepCopy());
        ObjectNode message = AssistantShapes.message(
                messageId, now, thread.id(), "assistant", JsonSupport.mapper().createArrayNode());
        message.put("assistant_id", json.path("assistant_id").asText())
                .put("run_id", run.id())
                .put("status", "in_progress");
        thread.messages().add(message);
        events.emit("thread.message.created", message.deepCopy());
        events.emit("thread.message.in_progress", message.deepCopy());
        for (String piece : TextPieces.words(text)) {
            ObjectNode delta = JsonSupport.object().put("id", messageId).put("object", "thread.message.delta");
            ObjectNode block = delta.putObject("delta").putArray("content").addObject();
            block.put("index", 0).put("type", "text");
            block.putObject("text").put("value", piece).putArray("annotations");
            events.emit("thread.message.delta", delta);
        }
        message.set("content", AssistantShapes.textContent(text));
        message.put("status", "completed").put("completed_at", now);
        events.emit("thread.message.completed", message.deepCopy());
        step.put("status", "completed").put("completed_at", now);
        step.set(
                "usage",
                AssistantShapes.usage(run.turnPromptTokens(), run.planned().outputTokens()));
        events.emit("thread.run.step.completed", step.deepCopy());
        json.put("status", "completed").put("completed_at", now).putNull("expires_at");
        json.set("usage", AssistantShapes.usage(run.promptTokens(), run.completionTokens()));
        events.emit("thread.run.completed", json.deepCopy());
    }

    private static ObjectNode awaitedStep(RunRecord run) {
        return Objects.requireNonNull(run.toolStep(), "tool outputs are only taken by a run that requires action");
    }

    /** The outputs submitted, checked against the calls the run waits on. */
    private static List<Turn.ToolResult> results(RunRecord run, JsonBody body, boolean strict) {
        ArrayNode outputs = body.requiredArray("tool_outputs");
        Map<String, String> names = new LinkedHashMap<>();
        awaitedStep(run)
                .path("step_details")
                .path("tool_calls")
                .forEach(call -> names.put(
                        call.path("id").asText(),
                        call.path("function").path("name").asText()));
        List<Turn.ToolResult> results = new ArrayList<>();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < outputs.size(); i++) {
            JsonBody output = JsonBody.nested(outputs.get(i), "tool_outputs[" + i + "]");
            String callId = output.optionalString("tool_call_id").orElse(null);
            given.add(callId);
            results.add(new Turn.ToolResult(
                    callId, names.get(callId), output.optionalString("output").orElse("")));
        }
        if (strict
                && !(given.containsAll(run.pendingCallIds())
                        && run.pendingCallIds().containsAll(given)
                        && given.size() == run.pendingCallIds().size())) {
            throw OpenAiErrors.badRequest(
                    "Expected tool outputs for call_ids " + pythonList(run.pendingCallIds()) + ", got "
                            + pythonList(given),
                    null,
                    null);
        }
        return results;
    }

    private static String pythonList(List<String> values) {
        return values.stream()
                .map(value -> value == null ? "None" : "'" + value + "'")
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private AssistantsState.ThreadRecord thread(ApiCall call) {
        return state.thread(call.pathVariable("thread_id").orElseThrow());
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }
}
