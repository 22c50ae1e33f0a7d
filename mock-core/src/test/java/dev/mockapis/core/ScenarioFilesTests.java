package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioFilesTests {

    private final NotesFake api = new NotesFake();

    @Test
    void readsAYamlScenarioNamedAfterItsFile() {
        Scenario scenario = ScenarioFiles.read("mockapis/scenarios/notes/flaky_notes.yaml", """
                description: Notes fail twice, then work
                rules:
                  - operation: notes.create
                    steps:
                      - error: { status: 503, code: busy, message: Try later }
                      - error: { status: 429, code: limited }
                      - proceed: {}
                """, api);

        assertThat(scenario.name()).isEqualTo("flaky_notes");
        assertThat(scenario.description()).isEqualTo("Notes fail twice, then work");
        Rule rule = scenario.rules().get(0);
        assertThat(rule.operationId()).isEqualTo("notes.create");
        assertThat(rule.steps())
                .extracting(Step::response)
                .containsExactly(
                        new ScriptedResponse.Fail(new ProviderError(503, "busy", null, "Try later", null)),
                        new ScriptedResponse.Fail(new ProviderError(429, "limited", null, "Simulated error 429", null)),
                        new ScriptedResponse.Proceed(null));
    }

    @Test
    void readsAJsonScenarioWithMatchersLiteralResponsesCyclingAndFaults() {
        Scenario scenario = ScenarioFiles.read("custom.json", """
                {"rules": [{
                  "operation": "notes.retrieve",
                  "when": {"path": {"id": "note_9"}, "header": {"X-Tenant": "a"}},
                  "cycle": true,
                  "steps": [
                    {"respond": {"status": 200, "headers": {"X-Custom": "1"}, "body": {"id": "note_9", "text": "fixed"}}},
                    {"proceed": {}, "faults": [{"delay": "250ms"}, "disconnectMidBody", {"streamPace": {"firstEvent": "1s", "eventsPerSecond": 10}}]}
                  ]}]}
                """, api);

        Rule rule = scenario.rules().get(0);
        assertThat(rule.mode()).isEqualTo(SequenceMode.CYCLE);
        assertThat(rule.matcher().description()).isEqualTo("path {id} = note_9 and header X-Tenant = a");
        FakeResponse literal = ((ScriptedResponse.Respond) rule.steps().get(0).response()).response();
        assertThat(literal.status()).isEqualTo(200);
        assertThat(literal.headers().first("X-Custom")).hasValue("1");
        assertThat(literal.bodyText()).isEqualTo("{\"id\":\"note_9\",\"text\":\"fixed\"}");
        assertThat(rule.steps().get(1).faults())
                .containsExactly(
                        Fault.delay(Duration.ofMillis(250)),
                        Fault.disconnectMidBody(),
                        Fault.streamPace(Duration.ofSeconds(1), 10));
    }

    @Test
    void aScenarioFromAFileDrivesTheFakeLikeOneWrittenInJava() {
        Scenario scenario = ScenarioFiles.read("twice.yml", """
                rules:
                  - operation: notes.create
                    steps: [ { error: { status: 503, code: busy } }, { proceed: {} } ]
                """, api);
        try (FakeServer server = FakeServer.start(new NotesFake())) {
            server.register(scenario);
            server.useScenario("twice");
            NotesClient client = new NotesClient(server);

            assertThat(List.of(
                            client.createNote("a").statusCode(),
                            client.createNote("b").statusCode()))
                    .containsExactly(503, 201);
        }
    }

    @Test
    void anUnknownOperationIsReportedWithFileLineFieldAndTheKnownOperations() {
        assertThatThrownBy(() -> ScenarioFiles.read("bad.yaml", """
                description: typo
                rules:
                  - operation: notes.create
                    steps: [ { proceed: {} } ]
                  - operation: notes.creat
                    steps: [ { proceed: {} } ]
                """, api))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("bad.yaml, line 5, rules[1].operation: 'notes.creat' is not a notes operation; known: "
                        + "notes.create, notes.retrieve, notes.stream, notes.delete, crash");
    }

    @Test
    void aBadStatusNamesItsStep() {
        assertThatThrownBy(() -> ScenarioFiles.read("bad.json", """
                {"rules": [
                  {"operation": "notes.create",
                   "steps": [{"proceed": {}}, {"error": {"status": 200}}]}]}
                """, api))
                .hasMessage(
                        "bad.json, line 2, rules[0].steps[1].error.status: expected an HTTP status 400..599, was 200");
    }

    @Test
    void twoResponsesInOneStepAreRejected() {
        assertThatThrownBy(() -> ScenarioFiles.read("bad.yaml", """
                rules:
                  - operation: notes.create
                    steps:
                      - { proceed: {}, error: { status: 500 } }
                """, api))
                .hasMessage(
                        "bad.yaml, line 2, rules[0].steps[0]: a step has exactly one of respond, error or proceed, found [proceed, error]");
    }

    @Test
    void unknownFaultsAndFieldsAreRejected() {
        assertThatThrownBy(() -> ScenarioFiles.read("bad.yaml", """
                rules:
                  - operation: notes.create
                    steps: [ { proceed: {}, faults: [ explode ] } ]
                """, api))
                .hasMessageStartingWith("bad.yaml, line 2, rules[0].steps[0].faults[0]: unknown fault 'explode'");
        assertThatThrownBy(() -> ScenarioFiles.read("bad.yaml", "rulez: []\n", api))
                .hasMessage(
                        "bad.yaml, line 1, rulez: unknown field; expected 'description', 'rules' or 'streamTiming'");
    }

    @Test
    void brokenSyntaxIsReportedWithItsLine() {
        assertThatThrownBy(() -> ScenarioFiles.read("broken.json", "{\"rules\": [\n  {\"operation\": }\n]}", api))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessageStartingWith("broken.json, line 2: not valid JSON");
    }

    @Test
    void directivesGoThroughTheApi() {
        assertThatThrownBy(() -> ScenarioFiles.read("d.yaml", """
                rules:
                  - operation: notes.create
                    steps: [ { proceed: { reply: Hi } } ]
                """, api))
                .hasMessage(
                        "d.yaml, line 2, rules[0].steps[0].proceed: notes takes no directives, got {\"reply\":\"Hi\"}");
    }
}
