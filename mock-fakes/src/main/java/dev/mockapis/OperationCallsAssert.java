package dev.mockapis;

import dev.mockapis.core.Interaction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.Description;
import org.jspecify.annotations.NullMarked;

/**
 * AssertJ assertions on the recorded calls of one operation; the actual value is the calls selected so
 * far, oldest first. Each {@code with...} method narrows the calls to those that satisfy it and fails
 * when none does, showing what the calls had instead; {@link #times} counts the calls selected so far.
 * A description given with {@code as(...)} carries over to the narrowed assertions.
 *
 * <pre>{@code
 * verifier.assertThat("twilio").called("messages.create")
 *         .withFormParam("To", "whatsapp:+15551234567")
 *         .withFormParamContaining("Body", "order")
 *         .once();
 * }</pre>
 */
@NullMarked
public final class OperationCallsAssert extends AbstractAssert<OperationCallsAssert, List<Interaction>> {

    private final String api;
    private final String operationId;
    private final List<String> criteria;
    private final long callCount;
    private final String droppedNote;

    OperationCallsAssert(String api, String operationId, List<String> criteria, List<Interaction> calls) {
        this(api, operationId, criteria, calls, calls.size(), "");
    }

    /**
     * @param callCount how many calls were selected, those the log dropped included
     * @param droppedNote what the log dropped and how to keep more, or empty
     */
    OperationCallsAssert(
            String api,
            String operationId,
            List<String> criteria,
            List<Interaction> calls,
            long callCount,
            String droppedNote) {
        super(List.copyOf(calls), OperationCallsAssert.class);
        this.api = api;
        this.operationId = operationId;
        this.criteria = List.copyOf(criteria);
        this.callCount = callCount;
        this.droppedNote = droppedNote;
    }

    /**
     * Requires exactly this many selected calls. Without criteria, the count includes calls the
     * interaction log dropped to stay within its memory budget; with criteria, only the kept calls can
     * be checked, and a failure says how many were dropped.
     */
    public OperationCallsAssert times(int expected) {
        if (callCount != expected) {
            String message =
                    "Expected " + api + " to receive " + describe() + " " + count(expected) + ", but it received it "
                            + count(callCount)
                            + (actual.size() < callCount ? " (the newest " + actual.size() + " shown)" : "") + ":\n"
                            + InteractionReport.lines(actual);
            throw failure("%s", droppedNote.isEmpty() ? message : message + "\n  " + droppedNote);
        }
        return this;
    }

    /** Requires exactly one selected call. */
    public OperationCallsAssert once() {
        return times(1);
    }

    /** Narrows to calls whose form body has this parameter value (any of its values, when repeated). */
    public OperationCallsAssert withFormParam(String name, String value) {
        return with(new Criterion(
                "form param " + name + " = " + value,
                call -> RecordedRequests.formParam(call, name).contains(value),
                call -> RecordedRequests.formParam(call, name).toString(),
                "form param " + name));
    }

    /** Narrows to calls whose form parameter contains this text. */
    public OperationCallsAssert withFormParamContaining(String name, String text) {
        return with(new Criterion(
                "form param " + name + " containing '" + text + "'",
                call -> RecordedRequests.formParam(call, name).stream().anyMatch(value -> value.contains(text)),
                call -> RecordedRequests.formParam(call, name).toString(),
                "form param " + name));
    }

    /** Narrows to calls with this query parameter value. */
    public OperationCallsAssert withQueryParam(String name, String value) {
        return with(new Criterion(
                "query param " + name + " = " + value,
                call -> RecordedRequests.queryParam(call, name).contains(value),
                call -> RecordedRequests.queryParam(call, name).toString(),
                "query param " + name));
    }

    /**
     * Narrows to calls whose JSON body has this value at the path. The path is
     * <a href="https://goessner.net/articles/JsonPath/">JSONPath</a> ({@code $.messages[0].content},
     * {@code $.messages[?(@.role == 'system')].content}, {@code $..name}; the {@code $.} may be left out,
     * as in {@code messages[0].role}) or a JSON Pointer ({@code /messages/0/role}). Strings compare
     * unquoted, numbers and booleans as written ({@code 0.7}, {@code true}), objects and arrays as compact
     * JSON; where the path selects several values (a filter, a wildcard, a deep scan), one of them must equal it.
     *
     * @throws IllegalArgumentException when the path is not valid JSONPath
     */
    public OperationCallsAssert withJsonPath(String path, String value) {
        JsonBodyPath jsonPath = JsonBodyPath.of(path);
        return with(new Criterion(
                "JSON " + path + " = " + value,
                call -> jsonPath.values(call).contains(value),
                jsonPath::shown,
                "JSON " + path));
    }

    /**
     * Narrows to calls whose JSON body has at least one value at the path; paths as in
     * {@link #withJsonPath(String, String)}.
     *
     * @throws IllegalArgumentException when the path is not valid JSONPath
     */
    public OperationCallsAssert withJsonPathPresent(String path) {
        JsonBodyPath jsonPath = JsonBodyPath.of(path);
        return with(new Criterion(
                "JSON " + path + " present",
                call -> !jsonPath.values(call).isEmpty(),
                jsonPath::shown,
                "JSON " + path));
    }

    /** Narrows to calls with this header value; secrets appear redacted, as in {@code Bearer <redacted>}. */
    public OperationCallsAssert withHeader(String name, String value) {
        return with(new Criterion(
                "header " + name + " = " + value,
                call -> call.headers().all(name).contains(value),
                call -> call.headers().all(name).toString(),
                "header " + name));
    }

    /** Narrows to calls whose body (JSON, form or text) contains this text. */
    public OperationCallsAssert withBodyContaining(String text) {
        return with(new Criterion(
                "body containing '" + text + "'",
                call -> RecordedRequests.bodyText(call).contains(text),
                RecordedRequests::bodyText,
                "body"));
    }

    /** Narrows to calls that satisfy a condition, described for the failure message. */
    public OperationCallsAssert matching(String description, Predicate<Interaction> condition) {
        return with(new Criterion(description, condition, Interaction::toString, "request"));
    }

    /** The calls selected so far, oldest first, for assertions of your own. */
    public List<Interaction> calls() {
        return actual;
    }

    /** The only call selected. */
    public Interaction single() {
        once();
        if (actual.isEmpty()) {
            throw failure(
                    "%s",
                    "The one call of " + describe() + " on " + api + " was dropped from the log.\n  " + droppedNote);
        }
        return actual.get(0);
    }

    /** Takes over another assertion's description and overriding error message, so a chain keeps what {@code as(...)} said. */
    OperationCallsAssert describedLike(AbstractAssert<?, ?> other) {
        Description description = other.info.description();
        if (description != null) {
            describedAs(description);
        }
        String overriding = other.info.overridingErrorMessage();
        if (overriding != null) {
            overridingErrorMessage(() -> overriding);
        }
        return this;
    }

    private OperationCallsAssert with(Criterion criterion) {
        List<Interaction> matching = actual.stream().filter(criterion.test()).toList();
        if (matching.isEmpty()) {
            String had = actual.stream().map(criterion.actual()).collect(Collectors.joining(", "));
            String message = "Expected " + api + " to receive " + describe() + " with " + criterion.description()
                    + ", but none of its " + calls(actual.size()) + " had it.\n  " + criterion.subject() + " was: "
                    + had;
            throw failure("%s", droppedNote.isEmpty() ? message : message + "\n  " + droppedNote);
        }
        List<String> narrowed = new ArrayList<>(criteria);
        narrowed.add(criterion.description());
        return new OperationCallsAssert(api, operationId, narrowed, matching, matching.size(), droppedNote)
                .describedLike(this);
    }

    private String describe() {
        return criteria.isEmpty() ? operationId : operationId + " with " + String.join(" and ", criteria);
    }

    private static String calls(int calls) {
        return calls == 1 ? "1 call" : calls + " calls";
    }

    private static String count(long times) {
        return times == 1 ? "1 time" : times + " times";
    }
}
