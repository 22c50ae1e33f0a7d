package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ScenarioActivationTests {

    private static final ProviderError BUSY = ProviderError.of(503, "busy", "Try later");

    private final FakeServer server = FakeServer.start(new NotesFake());
    private final NotesClient client = new NotesClient(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void closingAnActivationBringsBackThePreviousScenario() {
        try (ScenarioActivation outage = server.activate(server.scenarios().require("notes_down"))) {
            assertThat(outage.scenario().name()).isEqualTo("notes_down");
            assertThat(client.createNote("a").statusCode()).isEqualTo(503);
        }

        assertThat(server.activeScenario().name()).isEqualTo("happy");
        assertThat(client.createNote("b").statusCode()).isEqualTo(201);
    }

    @Test
    void thePreviousScenarioResumesWhereItsSequencesHadGot() {
        server.useScenario(Scenario.builder("fails_then_works")
                .on("notes.create", rule -> rule.fail(BUSY).proceed())
                .build());
        assertThat(client.createNote("a").statusCode()).isEqualTo(503);

        try (ScenarioActivation teapot = server.activate(Scenario.builder("teapot")
                .on("notes.create", rule -> rule.respond(FakeResponse.json(418, "{}")))
                .build())) {
            assertThat(client.createNote("b").statusCode()).isEqualTo(418);
        }

        assertThat(client.createNote("c").statusCode()).isEqualTo(201);
    }

    @Test
    void nestedActivationsUnwindInOrder() {
        try (ScenarioActivation outer = server.activate(server.scenarios().require("notes_down"))) {
            try (ScenarioActivation inner = server.activate(Scenario.unscripted("calm", "No script"))) {
                assertThat(client.createNote("a").statusCode()).isEqualTo(201);
            }
            assertThat(client.createNote("b").statusCode()).isEqualTo(503);
        }

        assertThat(server.activeScenario().name()).isEqualTo("happy");
    }

    @Test
    void closingAfterAResetChangesNothing() {
        ScenarioActivation outage = server.activate(server.scenarios().require("notes_down"));
        server.reset();
        server.useScenario(Scenario.unscripted("later", "Selected after the reset"));

        outage.close();

        assertThat(server.activeScenario().name()).isEqualTo("later");
    }

    @Test
    void stepsAClosedActivationLeftUnusedAreStillReportedUntilTheReset() {
        try (ScenarioActivation flaky = server.activate(Scenario.builder("flaky")
                .on("notes.create", rule -> rule.fail(BUSY).fail(BUSY).proceed())
                .build())) {
            client.createNote("a");
        }

        assertThat(server.unusedSteps())
                .extracting(UnusedStep::toString)
                .containsExactly(
                        "scenario 'flaky', notes.create (when any request) step 2 of 3 was never used",
                        "scenario 'flaky', notes.create (when any request) step 3 of 3 was never used");

        server.reset();

        assertThat(server.unusedSteps()).isEmpty();
    }

    @Test
    void aScenarioForAnotherApisOperationsIsRejectedBeforeAnythingChanges() {
        Scenario wrong = Scenario.builder("wrong")
                .on("messages.create", rule -> rule.proceed())
                .build();

        assertThatThrownBy(() -> server.activate(wrong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Scenario 'wrong' scripts 'messages.create', which notes does not have");
        assertThat(server.activeScenario().name()).isEqualTo("happy");
    }

    @Test
    void activationsClosedOutOfOrderEachRemoveOnlyThemselves() {
        ScenarioActivation outage = server.activate(server.scenarios().require("notes_down"));
        ScenarioActivation teapot = server.activate(Scenario.builder("teapot")
                .on("notes.create", rule -> rule.respond(FakeResponse.json(418, "{}")))
                .build());

        outage.close();
        assertThat(server.activeScenario().name()).isEqualTo("teapot");
        assertThat(client.createNote("a").statusCode()).isEqualTo(418);

        teapot.close();
        assertThat(server.activeScenario().name()).isEqualTo("happy");
        assertThat(client.createNote("b").statusCode()).isEqualTo(201);
    }

    @Test
    void closingTheMiddleOfThreeLeavesTheTopActiveAndTheBottomUnderIt() {
        ScenarioActivation bottom = server.activate(server.scenarios().require("notes_down"));
        ScenarioActivation middle = server.activate(Scenario.unscripted("calm", "No script"));
        ScenarioActivation top = server.activate(Scenario.builder("teapot")
                .on("notes.create", rule -> rule.respond(FakeResponse.json(418, "{}")))
                .build());

        middle.close();
        assertThat(client.createNote("a").statusCode()).isEqualTo(418);
        top.close();
        assertThat(server.activeScenario().name()).isEqualTo("notes_down");
        assertThat(client.createNote("b").statusCode()).isEqualTo(503);
        bottom.close();
        assertThat(server.activeScenario().name()).isEqualTo("happy");
    }

    @Test
    void anActivationFromAnotherThreadWhileOneIsOpenIsRefusedAndChangesNothing() throws Exception {
        try (ScenarioActivation outage = server.activate(server.scenarios().require("notes_down"))) {
            java.util.concurrent.CompletableFuture<ScenarioActivation> other =
                    java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> server.activate(Scenario.unscripted("calm", "No script")));

            assertThatThrownBy(other::join)
                    .hasCauseInstanceOf(IllegalStateException.class)
                    .cause()
                    .hasMessageContaining("Cannot activate scenario 'calm' on thread")
                    .hasMessageContaining("scenario 'notes_down', activated on thread '"
                            + Thread.currentThread().getName() + "', is still open");
            assertThat(server.activeScenario().name()).isEqualTo("notes_down");
        }
        assertThat(server.activeScenario().name()).isEqualTo("happy");
    }

    @Test
    void anotherThreadMayActivateOnceTheFirstThreadsActivationsAreClosed() throws Exception {
        server.activate(server.scenarios().require("notes_down")).close();

        ScenarioActivation calm = java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> server.activate(Scenario.unscripted("calm", "No script")))
                .get();

        assertThat(server.activeScenario().name()).isEqualTo("calm");
        calm.close();
        assertThat(server.activeScenario().name()).isEqualTo("happy");
    }
}
