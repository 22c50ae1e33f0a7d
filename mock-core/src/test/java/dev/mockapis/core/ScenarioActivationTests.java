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

        assertThat(server.unusedSteps()).extracting(UnusedStep::toString).containsExactly(
                "scenario 'flaky', notes.create (when any request) step 2 of 3 was never used",
                "scenario 'flaky', notes.create (when any request) step 3 of 3 was never used");

        server.reset();

        assertThat(server.unusedSteps()).isEmpty();
    }

    @Test
    void aScenarioForAnotherApisOperationsIsRejectedBeforeAnythingChanges() {
        Scenario wrong = Scenario.builder("wrong").on("messages.create", rule -> rule.proceed()).build();

        assertThatThrownBy(() -> server.activate(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Scenario 'wrong' scripts 'messages.create', which notes does not have");
        assertThat(server.activeScenario().name()).isEqualTo("happy");
    }
}
