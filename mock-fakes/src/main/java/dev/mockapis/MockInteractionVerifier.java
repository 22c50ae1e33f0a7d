package dev.mockapis;

import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Interaction;
import dev.mockapis.core.InteractionLog;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.NullMarked;

/**
 * Checks what the application sent to the fakes during the current test. A bean in every context with
 * the fakes enabled; the interaction logs it reads are emptied after each test.
 *
 * <pre>{@code
 * verifier.expectCalls("openai", "chat.completions.create");
 * verifier.assertThat("twilio").called("messages.create").once()
 *         .withFormParam("To", "whatsapp:+15551234567");
 * verifier.assertNoUnmatchedRequests();
 * }</pre>
 *
 * Api names are those of the fakes: {@code openai}, {@code twilio}, and any registered through a
 * {@code MockApiDefinition}.
 */
@NullMarked
public final class MockInteractionVerifier {

    private final MockApiServers servers;

    /** A verifier of the given context's fakes. */
    public MockInteractionVerifier(MockApiServers servers) {
        this.servers = Objects.requireNonNull(servers, "servers");
    }

    /** The operation ids the api received, in call order; requests that matched no route are left out. */
    public List<String> operations(String api) {
        return servers.server(api).interactions().operations();
    }

    /** Every request the api received, oldest first, unmatched ones included. */
    public List<Interaction> interactions(String api) {
        return servers.server(api).interactions().all();
    }

    /**
     * Requires the api to have received each of these operations, as many times as each is listed, in any
     * order and among any other calls.
     *
     * @throws AssertionError naming the missing operations and what was called instead, or, for an
     *     operation id the api does not have, the ones it has
     */
    public void expectCalls(String api, String... operationIds) {
        FakeServer server = servers.server(api);
        operationNames(api, server).problem(operationIds).ifPresent(problem -> {
            throw new AssertionError(problem);
        });
        InteractionLog.Snapshot log = server.interactions().snapshot();
        List<Interaction> interactions = log.kept();
        java.util.Map<String, Long> remaining = new java.util.HashMap<>(log.callCounts());
        List<String> missing = new ArrayList<>();
        for (String operationId : operationIds) {
            long left = remaining.getOrDefault(operationId, 0L);
            if (left == 0) {
                missing.add(operationId);
            } else {
                remaining.put(operationId, left - 1);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(api + " did not receive the expected calls.\n"
                + "  expected: " + Arrays.toString(operationIds) + "\n"
                + "  missing:  " + missing + "\n"
                + "  received: " + InteractionReport.operations(interactions));
        InteractionReport.closestUnmatched(interactions, missing.get(0))
                .ifPresent(unmatched ->
                        message.append("\n  closest unmatched request: ").append(unmatched));
        if (log.dropped() > 0) {
            message.append("\n  ").append(log.droppedNote());
        }
        throw new AssertionError(message.toString());
    }

    /**
     * AssertJ assertions on what the api received; see {@link ApiCallsAssert} for descriptions, soft
     * assertions and {@code satisfies}.
     */
    public ApiCallsAssert assertThat(String api) {
        FakeServer server = servers.server(api);
        return new ApiCallsAssert(
                operationNames(api, server), server.interactions().snapshot(), server.unusedSteps());
    }

    private static OperationNames operationNames(String api, FakeServer server) {
        return new OperationNames(api, server.api().routes().operationIds());
    }

    /** Requires that no running fake received a request matching none of its routes. */
    public void assertNoUnmatchedRequests() {
        List<String> failures = new ArrayList<>();
        for (FakeServer server : servers.running()) {
            try {
                assertThat(server.api().name()).hasNoUnmatchedRequests();
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        failIfAny(failures);
    }

    /**
     * Requires that every running fake used all the responses its scenario scripted: the over-mocking
     * check, for tests that script a sequence and should exercise all of it.
     */
    public void assertAllScriptedResponsesUsed() {
        List<String> failures = new ArrayList<>();
        for (FakeServer server : servers.running()) {
            try {
                assertThat(server.api().name()).usedAllScriptedResponses();
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        failIfAny(failures);
    }

    /**
     * Requires that the responses this test scripted were used, where they could have been: like
     * {@link #assertAllScriptedResponsesUsed()}, but leaving out the fakes' built-in scenarios and rules
     * for operations the test never called, since a scenario that scripts every model operation at once
     * is not over-mocking for a test that uses one of them. Strict mode checks this after each test.
     */
    public void assertNoOverMocking() {
        List<String> failures = new ArrayList<>();
        for (FakeServer server : servers.running()) {
            try {
                new ApiCallsAssert(server.api().name(), server.interactions().all(), OverMocking.of(server))
                        .usedAllScriptedResponses();
            } catch (AssertionError e) {
                failures.add(e.getMessage());
            }
        }
        failIfAny(failures);
    }

    private static void failIfAny(List<String> failures) {
        if (!failures.isEmpty()) {
            throw new AssertionError(String.join("\n", failures));
        }
    }
}
