package dev.mockapis.core;

import dev.mockapis.core.internal.MalformedBodyException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * Turns each request into a routed call, picks the scenario's step or the fake's default, records the
 * interaction and hands the answer to the wire. Runs concurrently on MockWebServer's threads.
 */
final class FakeDispatcher extends Dispatcher {

    private static final int CLOSEST_ROUTES = 3;
    private static final Step DEFAULT_STEP = Step.of(new ScriptedResponse.Proceed(null));

    private final FakeApi api;
    private final InteractionLog log;
    private final LiveScript progress;
    private final AtomicReference<ProviderRateLimiter> rateLimiter;
    private final AtomicReference<StandIn> standIn;
    private final AtomicBoolean strictRequests;
    private final MockWebServer server;
    private final Stalls stalls;
    private final Stalls.Pacers pacers;
    private final AtomicLong sequence = new AtomicLong();

    FakeDispatcher(
            FakeApi api,
            InteractionLog log,
            LiveScript progress,
            AtomicReference<ProviderRateLimiter> rateLimiter,
            AtomicReference<StandIn> standIn,
            AtomicBoolean strictRequests,
            MockWebServer server,
            Stalls stalls,
            Stalls.Pacers pacers) {
        this.api = api;
        this.log = log;
        this.progress = progress;
        this.rateLimiter = rateLimiter;
        this.standIn = standIn;
        this.strictRequests = strictRequests;
        this.server = server;
        this.stalls = stalls;
        this.pacers = pacers;
    }

    /**
     * Never throws a runtime exception: MockWebServer ends a connection's serving on one without closing
     * its socket, which would leave the client waiting for an answer until its own timeout.
     */
    @Override
    public MockResponse dispatch(RecordedRequest recorded) throws InterruptedException {
        try {
            return answerRequest(recorded);
        } catch (RuntimeException failure) {
            FakeRequest stand = new FakeRequest(recorded.getMethod(), "/", HttpHeaders.empty(), new byte[0]);
            ErrorFormat errors = api.errorFormat();
            return WireResponses.write(
                    errors.render(errors.internalError(stand, failure)),
                    List.of(),
                    WireResponses.Framing.of(recorded.getMethod(), recorded.getVersion()));
        }
    }

    private MockResponse answerRequest(RecordedRequest recorded) throws InterruptedException {
        drainQueue(server);
        Instant arrived = Instant.now();
        long started = System.nanoTime();
        FakeRequest request;
        try {
            request = WireRequests.read(recorded);
        } catch (IllegalArgumentException unreadableUrl) {
            // the server's guard refuses these first; this keeps the answer provider-shaped should one get through
            FakeRequest stand = new FakeRequest(recorded.getMethod(), "/", HttpHeaders.empty(), new byte[0]);
            ErrorFormat errors = api.errorFormat();
            return WireResponses.write(
                    errors.render(errors.badRequest(stand, 400, "The request URL cannot be read.")),
                    List.of(),
                    WireResponses.Framing.of(recorded.getMethod(), recorded.getVersion()));
        }
        ScriptProgress script = progress.get();
        Optional<RouteMatch> match = route(request);
        Answer answer = match.map(route -> limitedAnswer(
                        withContext(new ApiCall(route.operationId(), route.pathVariables(), request)), script))
                .orElseGet(() -> unmatched(request));
        long number = sequence.incrementAndGet();
        FakeResponse response = logsItsStream(answer.response(), number);
        log.record(new Interaction(
                number,
                arrived,
                api.name(),
                match.map(RouteMatch::operationId).orElse(null),
                request.method(),
                request.path(),
                Redaction.redactQuery(request.query()),
                Redaction.redact(request.headers()),
                InteractionLog.kept(request),
                answer.response().status(),
                answer.source(),
                script.scenario().name(),
                answer.faults(),
                InteractionLog.cut(answer.response().bodyText()),
                Duration.ofNanos(System.nanoTime() - started),
                answer.closestRoutes()));
        if (answer.faults().stream().anyMatch(Fault.Stall.class::isInstance)) {
            stalls.hold(recorded.getConnectionIndex());
        }
        int connection = recorded.getConnectionIndex();
        return WireResponses.write(
                response,
                answer.faults(),
                WireResponses.Framing.of(request.method(), recorded.getVersion()),
                script.scenario().streamTiming(),
                timing -> pacers.pacer(connection, timing),
                this::streamedTokens);
    }

    /** The tokens the api says an event carries; a failing count is one token, as for an api of your own. */
    private int streamedTokens(ServerSentEvent event) {
        try {
            return api.streamedTokens(event);
        } catch (RuntimeException e) {
            return 1;
        }
    }

    /** A live stream's events reach its interaction in the log once the stream is over. */
    private FakeResponse logsItsStream(FakeResponse response, long interaction) {
        if (response.body() instanceof ResponseBody.LiveEventStream live) {
            return response.withBody(
                    new ResponseBody.LiveEventStream(new StreamedBodyLog(live.source(), log, interaction)));
        }
        return response;
    }

    /** HEAD is answered like GET, when the api has no HEAD route of its own. */
    private Optional<RouteMatch> route(FakeRequest request) {
        Optional<RouteMatch> match = api.routes().match(request.method(), request.path());
        if (match.isEmpty() && request.method().equals("HEAD")) {
            return api.routes().match("GET", request.path());
        }
        return match;
    }

    /**
     * MockWebServer queues every request it reads, bodies included; the interaction log replaces that
     * queue, so it is emptied on every dispatch and on reset.
     */
    static void drainQueue(MockWebServer server) throws InterruptedException {
        while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
            // dropped
        }
    }

    private Answer limitedAnswer(ApiCall call, ScriptProgress script) {
        ProviderRateLimiter limiter = rateLimiter.get();
        if (limiter == null) {
            return answer(call, script);
        }
        RateLimitStatus status = limiter.acquire(api.tokenCost(call));
        RateLimitFormat format = api.rateLimitFormat();
        if (status.rejected()) {
            FakeResponse rejection =
                    api.errorFormat().render(format.exceeded(status)).withHeaders(format.headers(status));
            return new Answer(rejection, Interaction.Source.RATE_LIMIT, List.of(), List.of());
        }
        Answer answer = answer(call, script);
        return new Answer(
                answer.response().withHeaders(format.headers(status)),
                answer.source(),
                answer.faults(),
                answer.closestRoutes());
    }

    private ApiCall withContext(ApiCall call) {
        try {
            return call.withContext(api.context(call));
        } catch (RuntimeException e) {
            return call;
        }
    }

    private Answer answer(ApiCall call, ScriptProgress script) {
        Optional<ProviderError> refused =
                (strictRequests.get() ? refusal(call) : Optional.<ProviderError>empty()).or(() -> modelRefusal(call));
        if (refused.isPresent()) {
            return new Answer(api.errorFormat().render(refused.get()), Interaction.Source.FAKE, List.of(), List.of());
        }
        Step step = script.next(call).orElse(DEFAULT_STEP);
        Interaction.Source source = step == DEFAULT_STEP ? Interaction.Source.FAKE : Interaction.Source.SCENARIO;
        ScriptedResponse scripted = step.response();
        if (scripted instanceof ScriptedResponse.Respond respond) {
            if (!step.callbacks().isEmpty()) {
                try {
                    api.sendCallbacks(call, step.callbacks());
                } catch (RuntimeException e) {
                    return new Answer(
                            api.errorFormat().render(api.errorFormat().internalError(call.request(), e)),
                            Interaction.Source.FAKE_FAILURE,
                            step.faults(),
                            List.of());
                }
            }
            return new Answer(respond.response(), source, step.faults(), List.of());
        }
        if (scripted instanceof ScriptedResponse.Fail fail) {
            return new Answer(api.errorFormat().render(fail.error()), source, step.faults(), List.of());
        }
        Directive directive = ((ScriptedResponse.Proceed) scripted).directive();
        if (directive == null && step.faults().isEmpty()) {
            source = Interaction.Source.FAKE;
        }
        return handleByFake(call, directive, source, step.faults());
    }

    /** The provider's refusal of the request as such; a failing check refuses nothing. */
    private Optional<ProviderError> refusal(ApiCall call) {
        try {
            return api.checkRequest(call);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The provider's refusal of the call's model; a failing check refuses nothing. */
    private Optional<ProviderError> modelRefusal(ApiCall call) {
        try {
            return api.checkModel(call);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Answer handleByFake(
            ApiCall call, @Nullable Directive directive, Interaction.Source source, List<Fault> faults) {
        ErrorFormat errors = api.errorFormat();
        try {
            StandIn replacement = standIn.get();
            FakeResponse response =
                    replacement == null ? api.handle(call, directive) : replacement.answer(call, directive, api);
            return new Answer(response, source, faults, List.of());
        } catch (ProviderErrorException e) {
            return new Answer(errors.render(e.error()), source, faults, List.of());
        } catch (MalformedBodyException e) {
            return new Answer(
                    errors.render(errors.malformedBody(call.request(), e.problem())), source, faults, List.of());
        } catch (RuntimeException e) {
            return new Answer(
                    errors.render(errors.internalError(call.request(), e)),
                    Interaction.Source.FAKE_FAILURE,
                    faults,
                    List.of());
        }
    }

    private Answer unmatched(FakeRequest request) {
        List<Route> closest = api.routes().closest(request.method(), request.path(), CLOSEST_ROUTES);
        FakeResponse response = api.errorFormat().render(api.errorFormat().unknownRoute(request));
        return new Answer(response, Interaction.Source.UNMATCHED, List.of(), closest);
    }

    private record Answer(
            FakeResponse response, Interaction.Source source, List<Fault> faults, List<Route> closestRoutes) {}
}
