package dev.mockapis.core;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request a fake received and what it answered, as recorded in the {@link InteractionLog}.
 * Secret headers are redacted before recording.
 *
 * @param sequence the position in the log since the server started, from 1
 * @param time when the request arrived
 * @param api the api name, such as {@code twilio}
 * @param operationId the operation id, or {@code null} when the request matched no route
 * @param method the HTTP method
 * @param path the decoded path
 * @param query the query parameters
 * @param headers the request headers, secrets redacted
 * @param body the parsed request body; one longer than {@value InteractionLog#MAX_BODY_CHARS} bytes is kept
 *     {@linkplain ParsedBody.Truncated truncated}
 * @param status the status answered
 * @param source what produced the answer
 * @param scenario the name of the scenario active at the time
 * @param faults the faults applied to the answer
 * @param responseBody the answer's body text, cut at {@value InteractionLog#MAX_BODY_CHARS} characters; for
 *     a stream passed on as it arrives (record mode), empty until the stream is over, then the events sent
 * @param elapsed how long the fake took to produce the answer (faults excluded)
 * @param closestRoutes for an unmatched request, the routes it probably meant, best first
 */
public record Interaction(
        long sequence,
        Instant time,
        String api,
        @Nullable String operationId,
        String method,
        String path,
        Map<String, List<String>> query,
        HttpHeaders headers,
        ParsedBody body,
        int status,
        Source source,
        String scenario,
        List<Fault> faults,
        String responseBody,
        Duration elapsed,
        List<Route> closestRoutes) {

    /** Validates and copies. */
    public Interaction {
        Objects.requireNonNull(api, "api");
        query = Map.copyOf(query);
        faults = List.copyOf(faults);
        closestRoutes = List.copyOf(closestRoutes);
    }

    /** What produced an answer. */
    public enum Source {
        /** The fake's own stateful behaviour. */
        FAKE,
        /** A response, error or fault scripted by the active scenario. */
        SCENARIO,
        /** The simulated rate limit rejected the request. */
        RATE_LIMIT,
        /** No route matched: the provider's not-found error. */
        UNMATCHED,
        /** The fake itself failed; always a bug worth reporting. */
        FAKE_FAILURE
    }

    /** Whether the request matched no route. */
    public boolean unmatched() {
        return source == Source.UNMATCHED;
    }

    /** The operation id, if the request matched a route. */
    public Optional<String> operation() {
        return Optional.ofNullable(operationId);
    }

    /** This interaction answered with another body: a live stream's, once it is over. */
    Interaction withResponseBody(String body) {
        return new Interaction(
                sequence,
                time,
                api,
                operationId,
                method,
                path,
                query,
                headers,
                this.body,
                status,
                source,
                scenario,
                faults,
                body,
                elapsed,
                closestRoutes);
    }

    /** {@code #3 twilio messages.create POST /2010-04-01/... -> 201}. */
    @Override
    public String toString() {
        return "#" + sequence + " " + api + " " + (operationId == null ? "(unmatched)" : operationId) + " " + method
                + " " + path + " -> " + status + (faults.isEmpty() ? "" : " with " + faults);
    }
}
