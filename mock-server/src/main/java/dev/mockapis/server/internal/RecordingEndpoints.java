package dev.mockapis.server.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.Recordings;
import dev.mockapis.core.FakeServer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Record and replay over the admin API: a client names a recording, drives its app, and stops it. Each
 * api follows its mode ({@code --mode}, {@code mockapis.<api>.mode}): recorded from the real provider,
 * replayed from {@code <recordings>/<name>/<api>.yaml}, or answered by the fake. One recording at a time.
 */
final class RecordingEndpoints {

    private final RunningFakes fakes;
    private final Recordings recordings;
    private Recordings.Session current;

    RecordingEndpoints(RunningFakes fakes, Recordings recordings) {
        this.fakes = fakes;
        this.recordings = recordings;
    }

    void register(AdminRoutes routes) {
        routes.add("GET", "/admin/recordings", this::describe)
                .add("POST", "/admin/recordings", this::start)
                .add("POST", "/admin/recordings/stop", this::stop);
    }

    private synchronized void describe(AdminExchange exchange) throws IOException {
        ObjectNode json = AdminJson.object();
        json.put("directory", recordings.directory().toAbsolutePath().toString());
        ObjectNode modes = json.putObject("modes");
        fakes.all()
                .forEach(fake ->
                        modes.put(fake.api().id(), recordings.mode(fake.api().id())));
        if (current == null) {
            json.putNull("active");
        } else {
            json.set("active", session(current));
        }
        exchange.send(200, json);
    }

    private synchronized void start(AdminExchange exchange) throws IOException {
        String name = AdminExchange.requiredText(exchange.jsonBody(), "name");
        if (current != null) {
            throw new AdminException(
                    409,
                    "The recording '" + current.name()
                            + "' is still going; stop it first (POST /admin/recordings/stop)");
        }
        Map<String, FakeServer> servers = new LinkedHashMap<>();
        fakes.all().forEach(fake -> servers.put(fake.api().id(), fake.server()));
        try {
            current = recordings.start(servers, name, RecordingEndpoints.class.getClassLoader());
        } catch (IllegalStateException e) {
            throw new AdminException(409, e.getMessage());
        }
        exchange.send(201, session(current));
    }

    private synchronized void stop(AdminExchange exchange) throws IOException {
        JsonNode failed = exchange.jsonBody().get("failed");
        if (failed != null && !failed.isBoolean()) {
            throw new AdminException(400, "'failed' must be true or false");
        }
        if (current == null) {
            throw new AdminException(409, "No recording is going; start one with POST /admin/recordings");
        }
        Recordings.Session ending = current;
        current = null;
        Recordings.Outcome outcome;
        try {
            outcome = ending.end(failed != null && failed.asBoolean());
        } catch (IllegalStateException secretFound) {
            throw new AdminException(422, secretFound.getMessage());
        }
        ObjectNode json = AdminJson.object();
        json.put("name", ending.name());
        ObjectNode written = json.putObject("written");
        outcome.written()
                .forEach((api, file) -> written.put(api, file.toAbsolutePath().toString()));
        ArrayNode problems = json.putArray("problems");
        outcome.problems().forEach(problems::add);
        exchange.send(200, json);
    }

    private static ObjectNode session(Recordings.Session session) {
        ObjectNode json = AdminJson.object();
        json.put("name", session.name());
        ObjectNode apis = json.putObject("apis");
        session.modes()
                .forEach((api, mode) -> apis.putObject(api)
                        .put("mode", mode)
                        .put("file", session.files().get(api).toAbsolutePath().toString()));
        return json;
    }
}
