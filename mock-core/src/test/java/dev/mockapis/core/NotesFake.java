package dev.mockapis.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.internal.JsonSupport;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny stateful api for testing the core: notes created, fetched and streamed back. */
final class NotesFake implements FakeApi {

    static final ErrorFormat ERRORS = new ErrorFormat() {
        @Override
        public FakeResponse render(ProviderError error) {
            ObjectNode body = JsonSupport.object();
            body.putObject("error")
                    .put("code", error.code())
                    .put("message", error.message())
                    .put("param", error.param());
            return FakeResponse.json(error.status(), body);
        }

        @Override
        public ProviderError unknownRoute(FakeRequest request) {
            return ProviderError.of(404, "unknown_route", "No route for " + request.method() + " " + request.path());
        }

        @Override
        public ProviderError malformedBody(FakeRequest request, String reason) {
            return ProviderError.of(400, "malformed_body", reason);
        }
    };

    private final Map<String, String> notes = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public RouteTable routes() {
        return RouteTable.builder()
                .route("POST", "/v1/notes", "notes.create")
                .route("GET", "/v1/notes/{id}", "notes.retrieve")
                .route("GET", "/v1/notes/{id}/stream", "notes.stream")
                .route("DELETE", "/v1/notes/{id}", "notes.delete")
                .route("POST", "/v1/crash", "crash")
                .build();
    }

    @Override
    public ErrorFormat errorFormat() {
        return ERRORS;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return ScenarioCatalog.of(
                "notes",
                List.of(
                        Scenario.unscripted("happy", "Notes as stored"),
                        Scenario.builder("notes_down")
                                .description("Every call fails")
                                .on("notes.create", rule -> rule.fail(ProviderError.of(503, "down", "Notes are down")))
                                .build()));
    }

    /** Stores this text instead of the one sent. */
    public record Replacement(String text) implements Directive {}

    @Override
    public FakeResponse handle(ApiCall call, Directive directive) {
        return switch (call.operationId()) {
            case "notes.create" -> create(call.request().json(JsonNode.class), directive);
            case "notes.retrieve" ->
                FakeResponse.json(200, note(call.pathVariable("id").orElseThrow()));
            case "notes.stream" -> stream(call.pathVariable("id").orElseThrow());
            case "notes.delete" ->
                notes.remove(call.pathVariable("id").orElseThrow()) == null
                        ? FakeResponse.json(404, "{}")
                        : FakeResponse.empty(204);
            default -> throw new IllegalStateException("The notes fake has a bug");
        };
    }

    private FakeResponse create(JsonNode body, Directive directive) {
        JsonNode text = body.get("text");
        if (text == null || !text.isTextual()) {
            throw new ProviderErrorException(
                    ProviderError.of(400, "missing_text", "'text' is required").withParam("text"));
        }
        String id = "note_" + ids.incrementAndGet();
        notes.put(id, directive instanceof Replacement replacement ? replacement.text() : text.asText());
        return FakeResponse.json(201, note(id));
    }

    private ObjectNode note(String id) {
        String text = notes.get(id);
        if (text == null) {
            throw new ProviderErrorException(ProviderError.of(404, "not_found", "No note " + id));
        }
        ObjectNode node = JsonSupport.object();
        node.put("id", id).put("text", text);
        return node;
    }

    private FakeResponse stream(String id) {
        String text = note(id).get("text").asText();
        List<ServerSentEvent> events = text.chars()
                .mapToObj(c -> ServerSentEvent.named("char", String.valueOf((char) c)))
                .toList();
        return FakeResponse.eventStream(events);
    }

    @Override
    public int tokenCost(ApiCall call) {
        return call.request().body().length;
    }

    @Override
    public RateLimitFormat rateLimitFormat() {
        return new RateLimitFormat() {
            @Override
            public HttpHeaders headers(RateLimitStatus status) {
                HttpHeaders.Builder headers = HttpHeaders.builder()
                        .add("X-Requests-Remaining", String.valueOf(status.requestsRemaining()))
                        .add("X-Tokens-Remaining", String.valueOf(status.tokensRemaining()));
                if (status.rejected()) {
                    headers.add("Retry-After", String.valueOf(RateLimitFormat.retryAfterSeconds(status)));
                }
                return headers.build();
            }

            @Override
            public ProviderError exceeded(RateLimitStatus status) {
                return ProviderError.of(
                        429, "too_many_" + status.exceeded().name().toLowerCase(java.util.Locale.ROOT), "Slow down");
            }
        };
    }

    @Override
    public void reset() {
        notes.clear();
        ids.set(0);
    }
}
