package dev.mockapis.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FakeApi} served over HTTP on a loopback port, with its active scenario and its interaction
 * log. Created started; serves until {@link #close()}, which is final.
 *
 * <pre>{@code
 * try (FakeServer twilio = FakeServer.start(new TwilioFake(...))) {
 *     twilio.useScenario("message_failures");
 *     // point the client at twilio.baseUrl()
 * }
 * }</pre>
 */
public final class FakeServer implements AutoCloseable {

    private final FakeApi api;
    private final MockWebServer server;
    private final InteractionLog log;
    private volatile ScenarioCatalog catalog;
    private final LiveScript progress;
    private final AtomicReference<ProviderRateLimiter> rateLimiter = new AtomicReference<>();
    private final AtomicReference<StandIn> standIn = new AtomicReference<>();
    private final AtomicBoolean strictRequests = new AtomicBoolean(true);
    private final List<UnusedStep> stepsLeftByClosedActivations = new CopyOnWriteArrayList<>();
    private final ActivationStack activations;
    private final ServerLimits limits;
    private final LowLatencyServerSocketFactory.Connections connections =
            new LowLatencyServerSocketFactory.Connections();
    private final java.util.concurrent.atomic.AtomicLong stallGeneration = new java.util.concurrent.atomic.AtomicLong();

    private FakeServer(FakeApi api, int logCapacity) {
        this(api, ServerLimits.defaults().withLogCapacity(logCapacity));
    }

    private FakeServer(FakeApi api, ServerLimits limits) {
        this.api = Objects.requireNonNull(api, "api");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.log = new InteractionLog(limits.logCapacity(), limits.logMaxBytes());
        this.catalog = api.scenarios();
        this.progress = new LiveScript(new ScriptProgress(api.scenarios().defaultScenario(), api.operationGroups()));
        this.activations = new ActivationStack(progress);
        this.server = new MockWebServer();
        server.setServerSocketFactory(
                new LowLatencyServerSocketFactory(limits, new Rejections(api.errorFormat()), connections));
        Stalls stalls = new Stalls(connections, limits.stallLimit(), stallGeneration);
        server.setDispatcher(new FakeDispatcher(
                api, log, progress, rateLimiter, standIn, strictRequests, server, stalls, stalls.pacers()));
    }

    /** Starts a fake on a free loopback port with the {@linkplain ServerLimits#defaults() default limits}. */
    public static FakeServer start(FakeApi api) {
        return start(api, ServerLimits.defaults());
    }

    /** Starts a fake on a free loopback port with a log of the given capacity. */
    public static FakeServer start(FakeApi api, int logCapacity) {
        return start(api, ServerLimits.defaults().withLogCapacity(logCapacity));
    }

    /** Starts a fake on a free loopback port with these limits. */
    public static FakeServer start(FakeApi api, ServerLimits limits) {
        return start(api, limits, 0);
    }

    /**
     * Starts a fake on a loopback port with these limits.
     *
     * @param port the port, or 0 for a free one
     */
    public static FakeServer start(FakeApi api, ServerLimits limits, int port) {
        FakeServer fake = new FakeServer(api, limits);
        try {
            fake.server.start(InetAddress.getLoopbackAddress(), port);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Could not start the " + api.name() + " fake" + (port == 0 ? "" : " on port " + port), e);
        }
        return fake;
    }

    /** How many client connections are open now. */
    int openConnections() {
        return connections.size();
    }

    /** The limits it keeps. */
    public ServerLimits limits() {
        return limits;
    }

    /** The fake api. */
    public FakeApi api() {
        return api;
    }

    /** The port it listens on. */
    public int port() {
        return server.getPort();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port();
    }

    /** The requests received. */
    public InteractionLog interactions() {
        return log;
    }

    /** The scenarios that can be selected by name: the api's built-ins and any registered. */
    public ScenarioCatalog scenarios() {
        return catalog;
    }

    /** Makes scenarios selectable by name; one named like a built-in replaces it. */
    public void register(Scenario... scenarios) {
        for (Scenario scenario : scenarios) {
            requireKnownOperations(scenario);
        }
        synchronized (this) {
            catalog = catalog.with(List.of(scenarios));
        }
    }

    /**
     * Activates a scenario by name, starting its sequences afresh.
     *
     * @throws IllegalArgumentException naming the known scenarios when there is none of that name
     */
    public void useScenario(String name) {
        useScenario(catalog.require(name));
    }

    /**
     * Activates a scenario, starting its sequences afresh.
     *
     * @throws IllegalArgumentException when it scripts an operation this api does not have
     */
    public void useScenario(Scenario scenario) {
        requireKnownOperations(scenario);
        activations.select(new ScriptProgress(scenario, api.operationGroups()));
    }

    /**
     * Activates a scenario until the returned activation is closed, which removes exactly this
     * activation: when it is the newest one still open, the scenario below it is active again, its
     * sequences where they had got to; when a newer one is still open, that one stays active. Selecting
     * a scenario or resetting ends every open activation. Made for try-with-resources:
     *
     * <pre>{@code
     * try (ScenarioActivation outage = openai.activate(openai.scenarios().require("server_error"))) {
     *     // calls fail here
     * }
     * // and succeed again here
     * }</pre>
     *
     * <p>Activations are not isolated per thread, since the fake answers every caller with one scenario:
     * activating while another thread's activation is open is refused.
     *
     * @throws IllegalArgumentException when it scripts an operation this api does not have
     * @throws IllegalStateException when an activation made on another thread is still open
     */
    public ScenarioActivation activate(Scenario scenario) {
        requireKnownOperations(scenario);
        return activations.push(
                scenario,
                new ScriptProgress(scenario, api.operationGroups()),
                closed -> stepsLeftByClosedActivations.addAll(closed.unusedSteps()));
    }

    /** The active scenario. */
    public Scenario activeScenario() {
        return progress.get().scenario();
    }

    /**
     * The scripted steps that no request has reached: the active scenario's, and those of scenarios
     * {@linkplain #activate activated} and closed again since the last {@link #reset()}.
     */
    public List<UnusedStep> unusedSteps() {
        List<UnusedStep> unused = new ArrayList<>(stepsLeftByClosedActivations);
        unused.addAll(progress.get().unusedSteps());
        return unused;
    }

    /**
     * Enforces a provider rate limit from now on, with a fresh window: requests past it get the
     * provider's 429, and every response carries the provider's rate-limit headers.
     */
    public void limitRate(RateLimit limit) {
        rateLimiter.set(new ProviderRateLimiter(limit));
    }

    /**
     * Hands the calls the active scenario leaves to the fake to a stand-in (a recording proxy, a
     * replay) until it is removed; {@link #reset()} keeps it.
     *
     * @param replacement the stand-in, or {@code null} to let the fake answer again
     */
    public void standIn(@Nullable StandIn replacement) {
        standIn.set(replacement);
    }

    /**
     * Whether requests are checked as the provider checks them (on by default): an unknown parameter,
     * a value of the wrong type or a missing required parameter gets the provider's 400 before any
     * scenario rule is matched ({@link FakeApi#checkRequest}). Switch it off for apps that send vendor
     * extensions on purpose. Kept across {@link #reset()}.
     */
    public void strictRequests(boolean strict) {
        strictRequests.set(strict);
    }

    /** Whether requests are checked as the provider checks them; see {@link #strictRequests(boolean)}. */
    public boolean strictRequests() {
        return strictRequests.get();
    }

    /** Stops enforcing a rate limit. */
    public void removeRateLimit() {
        rateLimiter.set(null);
    }

    /**
     * Back to a fresh fake: default scenario, no state, empty log, a fresh rate-limit window, and every
     * stalled connection closed. Registered scenarios stay.
     */
    public void reset() {
        activations.select(new ScriptProgress(catalog.defaultScenario(), api.operationGroups()));
        rateLimiter.updateAndGet(current -> current == null ? null : new ProviderRateLimiter(current.limit()));
        api.reset();
        stallGeneration.incrementAndGet();
        log.clear();
        stepsLeftByClosedActivations.clear();
        try {
            FakeDispatcher.drainQueue(server);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops serving; a closed fake cannot be restarted. */
    @Override
    public void close() {
        stallGeneration.incrementAndGet();
        server.close();
    }

    private void requireKnownOperations(Scenario scenario) {
        for (String operation : scenario.scriptedOperations()) {
            if (!api.scriptable(operation)) {
                throw new IllegalArgumentException(
                        "Scenario '" + scenario.name() + "' scripts '" + operation + "', which " + api.name()
                                + " does not have; its operations: " + String.join(", ", api.scriptableOperations()));
            }
        }
    }

    @Override
    public String toString() {
        return api.name() + " fake at " + baseUrl();
    }
}
