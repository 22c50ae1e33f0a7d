package dev.mockapis.core;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads one rule of a scenario file, naming the field at fault in every error. */
final class RuleReader {

    private static final Set<String> RULE_FIELDS = Set.of("operation", "when", "steps", "cycle");
    private static final Set<String> EVENT_FIELDS = Set.of("event", "data", "after");
    private static final Set<String> CALLBACK_FIELDS = Set.of("params", "after");
    private static final Set<String> STEP_KINDS = Set.of("respond", "error", "proceed");
    private static final String CONDITIONS =
            "json, form, formMatches, header, path, bodyContains, request, or, on model turns, userTextContains,"
                    + " instructionsContain, model, toolDeclared, toolResultsReturned";

    private final String file;
    private final int line;
    private final String path;
    private final FakeApi api;

    RuleReader(String file, int line, String path, FakeApi api) {
        this.file = file;
        this.line = line;
        this.path = path;
        this.api = api;
    }

    Rule read(JsonNode rule) {
        rejectUnknown(rule, RULE_FIELDS, path);
        String operation = text(rule, "operation", path + ".operation");
        if (!api.scriptable(operation)) {
            throw fail(
                    path + ".operation",
                    "'" + operation + "' is not a " + api.name() + " operation; known: "
                            + String.join(", ", api.scriptableOperations()));
        }
        Rule.Builder builder = Rule.on(operation);
        if (rule.has("when")) {
            builder.when(matcher(rule.get("when"), path + ".when"));
        }
        JsonNode steps = rule.get("steps");
        if (steps == null || !steps.isArray() || steps.isEmpty()) {
            throw fail(path + ".steps", "expected a non-empty list of steps");
        }
        for (int i = 0; i < steps.size(); i++) {
            builder.then(step(steps.get(i), path + ".steps[" + i + "]"));
        }
        if (rule.path("cycle").asBoolean(false)) {
            builder.cycling();
        }
        return builder.build();
    }

    private RequestMatcher matcher(JsonNode when, String at) {
        if (!when.isObject() || when.isEmpty()) {
            throw fail(at, "expected conditions such as " + CONDITIONS);
        }
        Iterator<Map.Entry<String, JsonNode>> conditions = when.properties().iterator();
        RequestMatcher matcher = condition(conditions.next(), at);
        while (conditions.hasNext()) {
            matcher = matcher.and(condition(conditions.next(), at));
        }
        return matcher;
    }

    private RequestMatcher condition(Map.Entry<String, JsonNode> condition, String at) {
        return condition(condition.getKey(), condition.getValue(), at + "." + condition.getKey());
    }

    private RequestMatcher condition(String kind, JsonNode value, String at) {
        if (kind.equals("bodyContains")) {
            return RequestMatcher.bodyContains(textValue(value, at));
        }
        if (kind.equals("request")) {
            return recordedRequest(value, at);
        }
        RequestMatcher onTurn = turnCondition(kind, value, at);
        if (onTurn != null) {
            return onTurn;
        }
        if (!value.isObject() || value.size() != 1) {
            throw fail(at, "expected one 'name: value' pair");
        }
        Map.Entry<String, JsonNode> pair = value.properties().iterator().next();
        String expected = textValue(pair.getValue(), at + "." + pair.getKey());
        switch (kind) {
            case "json":
                return RequestMatcher.jsonPointer(pair.getKey(), expected);
            case "form":
                return RequestMatcher.formParam(pair.getKey(), expected);
            case "formMatches":
                return RequestMatcher.formParamMatching(pair.getKey(), expected);
            case "header":
                return RequestMatcher.header(pair.getKey(), expected);
            case "path":
                return RequestMatcher.pathVariable(pair.getKey(), expected);
            default:
                throw fail(at, "unknown condition; expected " + CONDITIONS);
        }
    }

    /** The whole request, as a recording writes it: see {@link RequestFingerprint}. */
    private RequestMatcher recordedRequest(JsonNode value, String at) {
        try {
            RequestFingerprint recorded = RequestFingerprint.read(value);
            return RequestMatcher.of(
                    "request " + recorded, call -> recorded.accepts(RequestFingerprint.of(call.request())));
        } catch (IllegalArgumentException e) {
            throw fail(at, e.getMessage());
        }
    }

    /** A condition of the api's own kind, such as the LLM fakes' conditions on the model turn; {@code null} when none. */
    private @Nullable RequestMatcher turnCondition(String kind, JsonNode value, String at) {
        if (!value.isValueNode()) {
            return null;
        }
        try {
            return api.condition(kind, value.asText()).orElse(null);
        } catch (IllegalArgumentException e) {
            throw fail(at, e.getMessage());
        }
    }

    private Step step(JsonNode step, String at) {
        List<String> kinds = new ArrayList<>();
        step.fieldNames().forEachRemaining(field -> {
            if (STEP_KINDS.contains(field)) {
                kinds.add(field);
            } else if (!field.equals("faults") && !field.equals("callbacks")) {
                throw fail(
                        at + "." + field,
                        "unknown field; a step has one of respond, error, proceed, and optional faults and callbacks");
            }
        });
        if (kinds.size() > 1) {
            throw fail(at, "a step has exactly one of respond, error or proceed, found " + kinds);
        }
        String kind = kinds.isEmpty() ? "proceed" : kinds.get(0);
        ScriptedResponse response;
        switch (kind) {
            case "respond":
                response = new ScriptedResponse.Respond(response(step.get("respond"), at + ".respond"));
                break;
            case "error":
                response = new ScriptedResponse.Fail(error(step.get("error"), at + ".error"));
                break;
            default:
                response = new ScriptedResponse.Proceed(directive(step.get("proceed"), at + ".proceed"));
        }
        return new Step(
                response,
                faults(step.get("faults"), at + ".faults"),
                callbacks(step.get("callbacks"), kind, at + ".callbacks"));
    }

    /**
     * The callbacks after a response: {@code [{params: {MessageStatus: sent, ...}, after: 850ms}]}, the
     * parameters as text in the provider's order; {@code after}, the gap a recording observed, is kept
     * for reading only.
     */
    private List<Callback> callbacks(JsonNode callbacks, String kind, String at) {
        List<Callback> result = new ArrayList<>();
        if (callbacks == null) {
            return result;
        }
        if (!api.sendsCallbacks()) {
            throw fail(at, api.name() + " sends no callbacks");
        }
        if (!kind.equals("respond")) {
            throw fail(at, "callbacks go with respond; with " + kind + " the fake sends its own");
        }
        if (!callbacks.isArray()) {
            throw fail(at, "expected a list of callbacks, each with params and optionally after");
        }
        for (int i = 0; i < callbacks.size(); i++) {
            JsonNode callback = callbacks.get(i);
            String callbackAt = at + "[" + i + "]";
            rejectUnknown(callback, CALLBACK_FIELDS, callbackAt);
            JsonNode params = callback.get("params");
            if (params == null || !params.isObject() || params.isEmpty()) {
                throw fail(callbackAt + ".params", "expected the callback's parameters, such as {MessageStatus: sent}");
            }
            Map<String, String> values = new java.util.LinkedHashMap<>();
            params.properties()
                    .forEach(param -> values.put(
                            param.getKey(), textValue(param.getValue(), callbackAt + ".params." + param.getKey())));
            Duration after = Duration.ZERO;
            if (callback.has("after")) {
                try {
                    after = DurationText.parse(callback.get("after").asText());
                } catch (IllegalArgumentException e) {
                    throw fail(callbackAt + ".after", e.getMessage());
                }
            }
            result.add(new Callback(values, after));
        }
        return result;
    }

    private FakeResponse response(JsonNode respond, String at) {
        int status = status(respond.get("status"), at + ".status", 100);
        JsonNode body = respond.get("body");
        JsonNode events = respond.get("events");
        if (events != null && body != null) {
            throw fail(at, "a response has a body or events, not both");
        }
        FakeResponse response = events != null
                ? new FakeResponse(
                        status,
                        HttpHeaders.of("Content-Type", "text/event-stream; charset=utf-8"),
                        new ResponseBody.EventStream(events(events, at + ".events")))
                : body == null || body.isNull()
                        ? FakeResponse.empty(status)
                        : body.isTextual()
                                ? new FakeResponse(status, HttpHeaders.empty(), ResponseBody.text(body.asText()))
                                : FakeResponse.json(status, body);
        JsonNode headers = respond.get("headers");
        if (headers != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = headers.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                response = response.withHeader(
                        header.getKey(), textValue(header.getValue(), at + ".headers." + header.getKey()));
            }
        }
        return response;
    }

    /**
     * Server-sent events: {@code {event: name, data: ...}} with the data as text, or as JSON written
     * compactly; {@code after}, the gap a recording observed before the event, is kept for reading only.
     */
    private List<ServerSentEvent> events(JsonNode events, String at) {
        if (!events.isArray()) {
            throw fail(at, "expected a list of events, each with data and optionally event and after");
        }
        List<ServerSentEvent> result = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            JsonNode event = events.get(i);
            String eventAt = at + "[" + i + "]";
            rejectUnknown(event, EVENT_FIELDS, eventAt);
            JsonNode data = event.get("data");
            if (data == null || data.isNull()) {
                throw fail(eventAt + ".data", "required");
            }
            if (event.has("after")) {
                try {
                    DurationText.parse(event.get("after").asText());
                } catch (IllegalArgumentException e) {
                    throw fail(eventAt + ".after", e.getMessage());
                }
            }
            String name = event.hasNonNull("event") ? event.get("event").asText() : null;
            result.add(new ServerSentEvent(name, data.isValueNode() ? data.asText() : JsonSupport.write(data)));
        }
        return result;
    }

    private ProviderError error(JsonNode error, String at) {
        int status = status(error.get("status"), at + ".status", 400);
        String message = error.hasNonNull("message") ? error.get("message").asText() : "Simulated error " + status;
        return new ProviderError(
                status, optional(error, "code"), optional(error, "type"), message, optional(error, "param"));
    }

    private @Nullable Directive directive(JsonNode spec, String at) {
        if (spec != null && !spec.isNull() && !spec.isObject()) {
            throw fail(at, "expected the directive's fields, such as {reply: Hi}, got " + spec);
        }
        Map<String, Object> fields = spec == null || spec.isNull()
                ? Map.of()
                : JsonSupport.mapper().convertValue(spec, new TypeReference<Map<String, Object>>() {});
        try {
            return api.directive(fields);
        } catch (IllegalArgumentException e) {
            throw fail(at, e.getMessage());
        }
    }

    private List<Fault> faults(JsonNode faults, String at) {
        List<Fault> result = new ArrayList<>();
        if (faults == null) {
            return result;
        }
        if (!faults.isArray()) {
            throw fail(at, "expected a list of faults");
        }
        for (int i = 0; i < faults.size(); i++) {
            result.add(fault(faults.get(i), at + "[" + i + "]"));
        }
        return result;
    }

    private Fault fault(JsonNode fault, String at) {
        try {
            if (fault.isTextual()) {
                switch (fault.asText()) {
                    case "stall":
                        return Fault.stall();
                    case "reset":
                        return Fault.connectionReset();
                    case "disconnectMidBody":
                        return Fault.disconnectMidBody();
                    default:
                        throw new IllegalArgumentException(
                                "unknown fault '" + fault.asText() + "'; expected stall, reset, disconnectMidBody,"
                                        + " or {delay}, {randomDelay}, {slowBody}, {streamPace}");
                }
            }
            if (fault.has("delay")) {
                return Fault.delay(DurationText.parse(fault.get("delay").asText()));
            }
            if (fault.has("randomDelay")) {
                JsonNode bounds = fault.get("randomDelay");
                return Fault.randomDelay(
                        DurationText.parse(bounds.path(0).asText()),
                        DurationText.parse(bounds.path(1).asText()));
            }
            if (fault.has("slowBody")) {
                return Fault.slowBody(fault.get("slowBody").asLong());
            }
            if (fault.has("streamPace")) {
                JsonNode pace = fault.get("streamPace");
                Duration first = DurationText.parse(pace.path("firstEvent").asText("0ms"));
                return Fault.streamPace(first, pace.path("eventsPerSecond").asDouble());
            }
            throw new IllegalArgumentException("unknown fault " + fault + "; expected stall, reset, disconnectMidBody,"
                    + " or {delay}, {randomDelay}, {slowBody}, {streamPace}");
        } catch (IllegalArgumentException e) {
            throw fail(at, e.getMessage());
        }
    }

    private int status(JsonNode status, String at, int lowest) {
        if (status == null || !status.canConvertToInt() || status.asInt() < lowest || status.asInt() > 599) {
            throw fail(at, "expected an HTTP status " + lowest + "..599, was " + (status == null ? "nothing" : status));
        }
        return status.asInt();
    }

    private String text(JsonNode node, String field, String at) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw fail(at, "required");
        }
        return value.asText();
    }

    private String textValue(JsonNode value, String at) {
        if (value == null || !value.isValueNode() || value.isNull()) {
            throw fail(at, "expected a text or number");
        }
        return value.asText();
    }

    private static @Nullable String optional(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private void rejectUnknown(JsonNode node, Set<String> known, String at) {
        node.fieldNames().forEachRemaining(field -> {
            if (!known.contains(field)) {
                throw fail(at + "." + field, "unknown field; expected one of " + known);
            }
        });
    }

    private ScenarioFileException fail(String field, @Nullable String problem) {
        return new ScenarioFileException(file, line, field, problem);
    }
}
