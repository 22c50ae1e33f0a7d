package dev.mockapis;

import dev.mockapis.core.Interaction;
import dev.mockapis.core.InteractionLog;
import dev.mockapis.core.UnusedStep;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Assertions on everything one api's fake received during the current test, obtained from
 * {@link MockInteractionVerifier#assertThat(String)}.
 */
public final class ApiCallsAssert {

    private final String api;
    private final List<Interaction> interactions;
    private final List<UnusedStep> unusedSteps;
    private final InteractionLog.Snapshot log;

    ApiCallsAssert(String api, List<Interaction> interactions, List<UnusedStep> unusedSteps) {
        this(api, snapshotOf(interactions), unusedSteps);
    }

    ApiCallsAssert(String api, InteractionLog.Snapshot log, List<UnusedStep> unusedSteps) {
        this.api = api;
        this.log = log;
        this.interactions = log.kept();
        this.unusedSteps = List.copyOf(unusedSteps);
    }

    /**
     * Requires at least one call of the operation and selects its calls for further assertions.
     *
     * @param operationId the operation id, such as {@code messages.create}
     */
    public OperationCallsAssert called(String operationId) {
        List<Interaction> calls = callsOf(operationId);
        if (log.callCount(operationId) == 0) {
            StringBuilder message = new StringBuilder("Expected " + api + " to receive " + operationId + ", but it never did.\n  "
                    + api + " received: " + InteractionReport.operations(interactions));
            InteractionReport.closestUnmatched(interactions, operationId)
                    .ifPresent(unmatched -> message.append("\n  closest unmatched request: ").append(unmatched));
            appendDroppedNote(message);
            throw new AssertionError(message.toString());
        }
        return new OperationCallsAssert(api, operationId, List.of(), calls, log.callCount(operationId), log.droppedNote());
    }

    /** Requires that the operation was not called. */
    public ApiCallsAssert neverCalled(String operationId) {
        long count = log.callCount(operationId);
        if (count > 0) {
            StringBuilder message = new StringBuilder("Expected " + api + " never to receive " + operationId + ", but it received it "
                    + (count == 1 ? "1 time" : count + " times") + ":\n" + InteractionReport.lines(callsOf(operationId)));
            appendDroppedNote(message);
            throw new AssertionError(message.toString());
        }
        return this;
    }

    /** Requires these operations to have been called in this order; other calls may come between them. */
    public ApiCallsAssert calledInOrder(String... operationIds) {
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
            throw new AssertionError(message.toString());
        }
        return this;
    }

    /** Requires that every request matched one of the api's routes. */
    public ApiCallsAssert hasNoUnmatchedRequests() {
        List<Interaction> unmatched = interactions.stream().filter(Interaction::unmatched).toList();
        if (!unmatched.isEmpty()) {
            StringBuilder message = new StringBuilder(api + " received " + (unmatched.size() == 1 ? "1 request" : unmatched.size() + " requests")
                    + " that matched no route:\n" + unmatched.stream().map(i -> "  " + InteractionReport.unmatched(i))
                            .collect(Collectors.joining("\n")));
            appendDroppedNote(message);
            throw new AssertionError(message.toString());
        }
        return this;
    }

    /**
     * Requires that every response the active scenario scripted was used: a scripted step no request
     * reached means the test mocks more than it exercises.
     */
    public ApiCallsAssert usedAllScriptedResponses() {
        if (!unusedSteps.isEmpty()) {
            throw new AssertionError(api + " has scripted responses no request used (over-mocking):\n"
                    + unusedSteps.stream().map(step -> "  " + step).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** Every request received, oldest first. */
    public List<Interaction> interactions() {
        return interactions;
    }

    private List<String> operations() {
        return interactions.stream().filter(i -> !i.unmatched()).map(Interaction::operationId).toList();
    }

    private void appendDroppedNote(StringBuilder message) {
        if (log.dropped() > 0) {
            message.append("\n  ").append(log.droppedNote());
        }
    }

    private static InteractionLog.Snapshot snapshotOf(List<Interaction> interactions) {
        java.util.Map<String, Long> counts = interactions.stream().filter(i -> !i.unmatched())
                .collect(Collectors.groupingBy(Interaction::operationId, Collectors.counting()));
        return new InteractionLog.Snapshot(interactions, counts, 0, Integer.MAX_VALUE, Long.MAX_VALUE);
    }

    private List<Interaction> callsOf(String operationId) {
        return interactions.stream().filter(i -> operationId.equals(i.operationId())).toList();
    }
}
