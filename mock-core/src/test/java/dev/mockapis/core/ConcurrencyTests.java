package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {

    private static final int THREADS = 16;
    private static final int CALLS_PER_THREAD = 40;

    private final FakeServer server = FakeServer.start(new NotesFake());

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void manyClientThreadsLoseNoInteractionAndNoState() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<Integer>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            NotesClient client = new NotesClient(server);
            int thread = t;
            results.add(pool.submit(() -> {
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < CALLS_PER_THREAD; i++) {
                    statuses.add(client.createNote("t" + thread + "n" + i).statusCode());
                }
                return statuses;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> result : results) {
            statuses.addAll(result.get());
        }
        pool.shutdown();

        int total = THREADS * CALLS_PER_THREAD;
        assertThat(statuses).hasSize(total).containsOnly(201);
        List<Interaction> log = server.interactions().all();
        assertThat(log).hasSize(total);
        assertThat(log.stream().map(Interaction::sequence).collect(Collectors.toSet()))
                .hasSize(total);
        assertThat(log.stream().map(Interaction::responseBody).collect(Collectors.toSet()))
                .hasSize(total);
    }

    @Test
    void aCyclingScriptHandsOutEachStepOnceUnderConcurrentCalls() throws Exception {
        server.useScenario(Scenario.builder("alternate")
                .on(
                        "notes.create",
                        rule -> rule.fail(ProviderError.of(503, "busy", "Busy"))
                                .proceed()
                                .cycling())
                .build());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            NotesClient client = new NotesClient(server);
            results.add(pool.submit(() -> client.createNote("x").statusCode()));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();

        assertThat(statuses.stream().filter(status -> status == 503)).hasSize(100);
        assertThat(statuses.stream().filter(status -> status == 201)).hasSize(100);
    }
}
