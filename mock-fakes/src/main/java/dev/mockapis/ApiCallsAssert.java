package dev.mockapis;

import dev.mockapis.core.Interaction;
import dev.mockapis.core.InteractionLog;
import dev.mockapis.core.UnusedStep;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.NullMarked;

/**
 * AssertJ assertions on everything one api's fake received during the current test, obtained from
 * {@link MockInteractionVerifier#assertThat(String)}; the actual value is the list of requests, oldest
 * first. Being an AssertJ assertion, it takes a description ({@code as(...)}), runs inside soft
 * assertions and accepts {@code satisfies(...)}:
 *
 * <pre>{@code
 * SoftAssertions.assertSoftly(softly -> {
 *     softly.check(() -> verifier.assertThat("twilio").as("the reply").called("messages.create").once());
 *     softly.check(() -> verifier.assertThat("openai").neverCalled("responses.create"));
 * });
 * }</pre>
 *
 * Operation ids are checked against the api's routes: naming one it does not have fails, listing those
 * it has.
 */
@NullMarked
public final class ApiCallsAssert extends AbstractAssert<ApiCallsAssert, List<Interaction>> {

    private final String api;
    private final OperationNames operations;
    private final List<UnusedStep> unusedSteps;
    private final InteractionLog.Snapshot log;

    ApiCallsAssert(String api, List<Interaction> interactions, List<UnusedStep> unusedSteps) {
        this(OperationNames.unchecked(api), snapshotOf(interactions), unusedSteps);
    }

    ApiCallsAssert(OperationNames operations, InteractionLog.Snapshot log, List<UnusedStep> unusedSteps) {
        super(log.kept(), ApiCallsAssert.class);
        this.api = operations.api();
        this.operations = operations;
        this.log = log;
        this.unusedSteps = List.copyOf(unusedSteps);
    }

    /**
     * Requires at least one call of the operation and selects its calls for further assertions, which
     * keep this assertion's description.
     *
     * @param operationId the operation id, such as {@code messages.create}
     */
    public OperationCallsAssert called(String operationId) {
        requireKnown(operationId);
        if (log.callCount(operationId) == 0) {
            StringBuilder message = new StringBuilder("Expected " + api + " to receive " + operationId
                    + ", but it never did.\n  " + api + " received: " + InteractionReport.operations(actual));
            InteractionReport.closestUnmatched(actual, operationId)
                    .ifPresent(unmatched ->
                            message.append("\n  closest unmatched request: ").append(unmatched));
            appendDroppedNote(message);
            throw failure("%s", message);
        }
        OperationCallsAssert calls = new OperationCallsAssert(
                api, operationId, List.of(), callsOf(operationId), log.callCount(operationId), log.droppedNote());
        return calls.describedLike(this);
    }

    /** Requires that the operation was not called. */
    public ApiCallsAssert neverCalled(String operationId) {
        requireKnown(operationId);
        long count = log.callCount(operationId);
        if (count > 0) {
            StringBuilder message = new StringBuilder("Expected " + api + " never to receive " + operationId
                    + ", but it received it " + (count == 1 ? "1 time" : count + " times") + ":\n"
                    + InteractionReport.lines(callsOf(operationId)));
            appendDroppedNote(message);
            throw failure("%s", message);
        }
        return this;
    }

    /** Requires these operations to have been called in this order; other calls may come between them. */
    public ApiCallsAssert calledInOrder(String... operationIds) {
        requireKnown(operationIds);
        List<String> called = operations();
        int next = 0;
        for (String operation : called) {
            if (next < operationIds.length && operation.equals(operationIds[next])) {
                next++;
            }
        }
        if (next < operationIds.length) {
            StringBuilder message = new StringBuilder("Expected " + api + " to receive " + Arrays.toString(operationIds)
                    + " in that order, but it received " + called + ".\n  first out of order: " + operationIds[next]);
            appendDroppedNote(message);
            throw failure("%s", message);
        }
        return this;
    }

    /** Requires that every request matched one of the api's routes. */
    public ApiCallsAssert hasNoUnmatchedRequests() {
        List<Interaction> unmatched =
                actual.stream().filter(Interaction::unmatched).toList();
        if (!unmatched.isEmpty()) {
            StringBuilder message = new StringBuilder(
                    api + " received " + (unmatched.size() == 1 ? "1 request" : unmatched.size() + " requests")
                            + " that matched no route:\n"
                            + unmatched.stream()
                                    .map(i -> "  " + InteractionReport.unmatched(i))
                                    .collect(Collectors.joining("\n")));
            appendDroppedNote(message);
            throw failure("%s", message);
        }
        return this;
    }

    /**
     * Requires that every response the active scenario scripted was used: a scripted step no request
     * reached means the test mocks more than it exercises.
     */
    public ApiCallsAssert usedAllScriptedResponses() {
        if (!unusedSteps.isEmpty()) {
            throw failure(
                    "%s",
                    api + " has scripted responses no request used (over-mocking):\n"
                            + unusedSteps.stream().map(step -> "  " + step).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** Every request received, oldest first. */
    public List<Interaction> interactions() {
        return actual;
    }

    private void requireKnown(String... operationIds) {
        operations.problem(operationIds).ifPresent(problem -> {
            throw failure("%s", problem);
        });
    }

    private List<String> operations() {
        return actual.stream()
                .filter(i -> !i.unmatched())
                .map(Interaction::operationId)
                .toList();
    }

    private void appendDroppedNote(StringBuilder message) {
        if (log.dropped() > 0) {
            message.append("\n  ").append(log.droppedNote());
        }
    }

    private static InteractionLog.Snapshot snapshotOf(List<Interaction> interactions) {
        java.util.Map<String, Long> counts = interactions.stream()
                .filter(i -> !i.unmatched())
                .collect(Collectors.groupingBy(Interaction::operationId, Collectors.counting()));
        return new InteractionLog.Snapshot(interactions, counts, 0, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    private List<Interaction> callsOf(String operationId) {
        return actual.stream().filter(i -> operationId.equals(i.operationId())).toList();
    }
}
