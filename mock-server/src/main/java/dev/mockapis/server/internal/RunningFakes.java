package dev.mockapis.server.internal;

import dev.mockapis.core.FakeApi;
import dev.mockapis.core.FakeServer;
import dev.mockapis.core.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The fakes one server runs, started together and closed together. */
final class RunningFakes implements AutoCloseable {

    private final Map<String, RunningFake> byId;

    private RunningFakes(Map<String, RunningFake> byId) {
        this.byId = byId;
    }

    /**
     * Starts the chosen fakes with their scenario files, side by side since each loads its own classes;
     * if one cannot start, those that did are closed again.
     */
    static RunningFakes start(ServerOptions options) {
        Optional<ScenarioDirectory> directory = options.scenarioDirectory().map(ScenarioDirectory::new);
        List<KnownApi> apis = List.copyOf(options.apis());
        List<CompletableFuture<RunningFake>> starts = new ArrayList<>();
        ExecutorService threads = Executors.newFixedThreadPool(apis.size(), task -> new Thread(task, "mockapis-start"));
        try {
            for (KnownApi api : apis) {
                starts.add(CompletableFuture.supplyAsync(() -> startOne(api, options, directory), threads));
            }
        } finally {
            threads.shutdown();
        }
        Map<String, RunningFake> started = new LinkedHashMap<>();
        RuntimeException failure = null;
        for (CompletableFuture<RunningFake> start : starts) {
            try {
                RunningFake fake = start.join();
                started.put(fake.api().id(), fake);
            } catch (CompletionException e) {
                RuntimeException cause = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                if (failure == null) {
                    failure = cause;
                } else {
                    failure.addSuppressed(cause);
                }
            }
        }
        if (failure != null) {
            started.values().forEach(fake -> fake.server().close());
            throw failure;
        }
        return new RunningFakes(started);
    }

    private static RunningFake startOne(KnownApi api, ServerOptions options, Optional<ScenarioDirectory> directory) {
        FakeApi fake = api.create(options.twilioAccount());
        List<Scenario> scenarios = directory.map(files -> files.load(fake)).orElse(List.of());
        FakeServer server = FakeStarter.start(fake, options.port(api));
        try {
            server.register(scenarios.toArray(Scenario[]::new));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return new RunningFake(api, server);
    }

    Collection<RunningFake> all() {
        return byId.values();
    }

    Optional<RunningFake> find(String api) {
        return Optional.ofNullable(byId.get(api));
    }

    /**
     * The running fake of that api.
     *
     * @throws AdminException 404 naming the running apis when it does not run
     */
    RunningFake require(String api) {
        RunningFake fake = byId.get(api);
        if (fake == null) {
            throw new AdminException(
                    404, "No running api named '" + api + "'; running: " + String.join(", ", byId.keySet()));
        }
        return fake;
    }

    /** Every fake back to fresh: default scenario, no state, empty log; scenario files stay selectable. */
    void resetAll() {
        byId.values().forEach(fake -> fake.server().reset());
    }

    @Override
    public void close() {
        List<RuntimeException> failures = new ArrayList<>();
        for (RunningFake fake : byId.values()) {
            try {
                fake.server().close();
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        if (!failures.isEmpty()) {
            IllegalStateException failure = new IllegalStateException("Some fakes did not close cleanly");
            failures.forEach(failure::addSuppressed);
            throw failure;
        }
    }
}
