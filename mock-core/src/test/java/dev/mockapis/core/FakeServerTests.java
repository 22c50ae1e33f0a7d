package dev.mockapis.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FakeServerTests {

    private final FakeServer server = FakeServer.start(new NotesFake());
    private final NotesClient client = new NotesClient(server);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void routesRequestsToTheFakesStatefulBehaviour() throws IOException {
        client.createNote("first");

        HttpResponse<String> fetched = client.get("/v1/notes/note_1");

        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo("{\"id\":\"note_1\",\"text\":\"first\"}");
        assertThat(fetched.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(server.interactions().operations()).containsExactly("notes.create", "notes.retrieve");
    }

    @Test
    void recordsEachInteractionWithSecretsRedacted() {
        client.createNote("hello");

        Interaction interaction = server.interactions().all().get(0);

        assertThat(interaction.operationId()).isEqualTo("notes.create");
        assertThat(interaction.method()).isEqualTo("POST");
        assertThat(interaction.path()).isEqualTo("/v1/notes");
        assertThat(interaction.status()).isEqualTo(201);
        assertThat(interaction.source()).isEqualTo(Interaction.Source.FAKE);
        assertThat(interaction.headers().first("Authorization")).hasValue("Bearer <redacted>");
        assertThat(((ParsedBody.Json) interaction.body())
                        .as(JsonNode.class)
                        .get("text")
                        .asText())
                .isEqualTo("hello");
        assertThat(interaction.responseBody()).contains("note_1");
        assertThat(interaction.scenario()).isEqualTo("happy");
    }

    @Test
    void aScenarioScriptsOnlyTheOperationsItNames() throws IOException {
        server.useScenario(Scenario.builder("create_fails_once")
                .on(
                        "notes.create",
                        rule -> rule.fail(ProviderError.of(503, "busy", "Try later"))
                                .proceed())
                .build());

        HttpResponse<String> failed = client.createNote("a");
        HttpResponse<String> created = client.createNote("b");
        HttpResponse<String> fetched = client.get("/v1/notes/note_1");

        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(failed.body()).isEqualTo("{\"error\":{\"code\":\"busy\",\"message\":\"Try later\",\"param\":null}}");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(fetched.body()).contains("\"text\":\"b\"");
        assertThat(server.interactions().all())
                .extracting(Interaction::source)
                .containsExactly(Interaction.Source.SCENARIO, Interaction.Source.FAKE, Interaction.Source.FAKE);
    }

    @Test
    void aDirectiveSteersTheFakesOwnBehaviour() throws IOException {
        server.useScenario(Scenario.builder("censored")
                .on("notes.create", rule -> rule.proceedWith(new NotesFake.Replacement("[censored]")))
                .build());

        client.createNote("secret plans");

        assertThat(client.get("/v1/notes/note_1").body()).contains("[censored]");
    }

    @Test
    void aLiteralResponseIsSentExactly() {
        server.useScenario(Scenario.builder("teapot")
                .on(
                        "notes.create",
                        rule -> rule.respond(
                                FakeResponse.json(418, "{\"tea\":true}").withHeader("X-Brew", "green")))
                .build());

        HttpResponse<String> response = client.createNote("x");

        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.body()).isEqualTo("{\"tea\":true}");
        assertThat(response.headers().firstValue("X-Brew")).hasValue("green");
    }

    @Test
    void builtInScenariosAreSelectedByName() {
        server.useScenario("notes_down");

        assertThat(client.createNote("x").statusCode()).isEqualTo(503);
    }

    @Test
    void unknownScenarioNamesFailWithTheKnownOnes() {
        assertThatThrownBy(() -> server.useScenario("notes_dwn"))
                .hasMessage("No scenario 'notes_dwn' for notes; known: happy, notes_down");
    }

    @Test
    void scenariosScriptingUnknownOperationsAreRejected() {
        Scenario typo = Scenario.builder("typo")
                .on("notes.creat", rule -> rule.proceed())
                .build();

        assertThatThrownBy(() -> server.useScenario(typo))
                .hasMessage("Scenario 'typo' scripts 'notes.creat', which notes does not have; its operations: "
                        + "notes.create, notes.retrieve, notes.stream, notes.delete, crash");
    }

    @Test
    void registeredScenariosAreSelectableByName() {
        server.register(Scenario.builder("mine")
                .on("notes.create", rule -> rule.fail(ProviderError.of(409, "dup", "Dup")))
                .build());

        server.useScenario("mine");

        assertThat(client.createNote("x").statusCode()).isEqualTo(409);
    }

    @Test
    void unmatchedRequestsGetTheProvidersErrorAndAreRecordedWithTheClosestRoutes() throws IOException {
        HttpResponse<String> response = client.get("/v1/note/note_1");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("\"code\":\"unknown_route\"", "No route for GET /v1/note/note_1");
        Interaction unmatched = server.interactions().unmatched().get(0);
        assertThat(unmatched.operationId()).isNull();
        assertThat(unmatched.closestRoutes()).first().hasToString("GET /v1/notes/{id} -> notes.retrieve");
        assertThat(server.interactions().operations()).isEmpty();
    }

    @Test
    void malformedBodiesGetTheProvidersFourHundredNeverAStackTrace() throws IOException {
        HttpResponse<String> response = client.post("/v1/notes", "{\"text\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("malformed_body", "could not parse the JSON body");
    }

    @Test
    void validationErrorsRaisedByTheFakeUseTheProvidersShape() throws IOException {
        HttpResponse<String> response = client.post("/v1/notes", "{}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body())
                .isEqualTo(
                        "{\"error\":{\"code\":\"missing_text\",\"message\":\"'text' is required\",\"param\":\"text\"}}");
    }

    @Test
    void aBugInTheFakeIsAnsweredAsAFiveHundredAndRecordedAsAFakeFailure() throws IOException {
        HttpResponse<String> response = client.post("/v1/crash", "{}");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(server.interactions().all().get(0).source()).isEqualTo(Interaction.Source.FAKE_FAILURE);
    }

    @Test
    void noContentResponsesHaveNoBody() throws IOException {
        client.createNote("x");

        HttpResponse<String> deleted =
                client.send(client.request("/v1/notes/note_1").DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
    }

    @Test
    void eventStreamsArriveAsServerSentEventsInChunks() throws IOException {
        client.createNote("hi");

        HttpResponse<String> stream = client.get("/v1/notes/note_1/stream");

        assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        assertThat(stream.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
        assertThat(stream.body()).isEqualTo("event: char\ndata: h\n\nevent: char\ndata: i\n\n");
    }

    @Test
    void resetForgetsStateLogAndScenarioButKeepsRegisteredScenarios() {
        server.register(Scenario.unscripted("mine", ""));
        server.useScenario("notes_down");
        client.createNote("x");

        server.reset();

        assertThat(server.interactions().all()).isEmpty();
        assertThat(server.activeScenario().name()).isEqualTo("happy");
        assertThat(client.createNote("y").body()).contains("note_1");
        assertThat(server.scenarios().names()).contains("mine");
    }

    @Test
    void routesAreServedWithTheQueryStringSeparated() throws IOException {
        client.createNote("x");

        client.get("/v1/notes/note_1?include=all&include=more");

        Interaction fetched = server.interactions().all().get(1);
        assertThat(fetched.path()).isEqualTo("/v1/notes/note_1");
        assertThat(fetched.query()).containsEntry("include", java.util.List.of("all", "more"));
    }
}
