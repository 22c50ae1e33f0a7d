package dev.mockapis.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mockapis.core.AcceptsModels;
import dev.mockapis.core.ApiCall;
import dev.mockapis.core.CallContext;
import dev.mockapis.core.Directive;
import dev.mockapis.core.ErrorFormat;
import dev.mockapis.core.FakeRequest;
import dev.mockapis.core.FakeResponse;
import dev.mockapis.core.ProviderError;
import dev.mockapis.core.ProviderErrorException;
import dev.mockapis.core.RateLimitFormat;
import dev.mockapis.core.RouteTable;
import dev.mockapis.core.ScenarioCatalog;
import dev.mockapis.core.ServerSentEvent;
import dev.mockapis.core.conversation.Failure;
import dev.mockapis.core.conversation.internal.Completion;
import dev.mockapis.core.conversation.internal.ConversationalApi;
import dev.mockapis.core.conversation.internal.ReplyEngine;
import dev.mockapis.core.conversation.internal.Tokens;
import dev.mockapis.core.conversation.internal.Turn;
import dev.mockapis.core.conversation.internal.TurnContext;
import dev.mockapis.core.internal.IdSequence;
import dev.mockapis.core.internal.JsonSupport;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fake of the Gemini API's {@code models.generateContent} and {@code models.streamGenerateContent}
 * ({@code ?alt=sse}, or a JSON array without it), under {@code /v1beta} and {@code /v1}: candidates
 * with text and {@code functionCall} parts, {@code functionResponse} turns, finish reasons, usage
 * metadata and Google's errors; and the resources around them (the models catalog, embeddings, token counts,
 * context caches, files, batches, long-running operations, file search stores and the {@code fileSearch} tool). Point a client's base URL at the server; the SDK adds the version.
 *
 * <p>Scenario directives are {@link dev.mockapis.core.conversation.Reply}s. Thread-safe.
 */
public final class GeminiFake implements ConversationalApi, AcceptsModels {

    static final String GENERATE = "models.generate_content";
    static final String STREAM = "models.stream_generate_content";

    private static final RouteTable ROUTES = GeminiRoutes.table();

    private static final ErrorFormat ERRORS = new GeminiErrors();

    private static final RateLimitFormat RATE_LIMITS = new GeminiRateLimits();

    private final IdSequence ids = new IdSequence();
    private final ReplyEngine replies = new ReplyEngine();
    private final ScenarioCatalog scenarios;
    private final GeminiResources resources;

    /**
     * A fake with fresh state.
     *
     * @param clock the fake's time, for the context caches' timestamps and expiry
     */
    public GeminiFake(Clock clock) {
        this.resources = new GeminiResources(Objects.requireNonNull(clock, "clock"), ids);
        this.scenarios = GeminiScenarios.catalog(this);
    }

    @Override
    public String name() {
        return "gemini";
    }

    @Override
    public RouteTable routes() {
        return ROUTES;
    }

    @Override
    public ErrorFormat errorFormat() {
        return ERRORS;
    }

    @Override
    public ScenarioCatalog scenarios() {
        return scenarios;
    }

    @Override
    public List<String> turnOperations() {
        return List.of(GENERATE, STREAM);
    }

    @Override
    public ProviderError error(Failure failure) {
        return GeminiErrors.of(failure);
    }

    @Override
    public boolean streams(ApiCall call) {
        return call.operationId().equals(STREAM);
    }

    /**
     * Parameters, types and required fields as the API reference has them (see {@link GeminiRequests});
     * a call without a key is left to {@link #handle}, as Google checks the caller first.
     */
    @Override
    public java.util.Optional<ProviderError> checkRequest(ApiCall call) {
        if (!GeminiHeaders.hasKey(call.request())) {
            return java.util.Optional.empty();
        }
        return GeminiRequests.check(call);
    }

    /** {@code generateContent} and its stream take only the text models the catalog serves. */
    @Override
    public java.util.Optional<ProviderError> checkModel(ApiCall call) {
        if (!GeminiHeaders.hasKey(call.request())
                || !(call.operationId().equals(GENERATE) || call.operationId().equals(STREAM))) {
            return java.util.Optional.empty();
        }
        return resources.models().refusal(call);
    }

    /**
     * Accepts these model ids too for {@code generateContent} and lists them after the catalog's
     * (Gemini 2.5 Flash, 2.5 Pro, 2.0 Flash, 2.0 Flash 001, the embedding model); kept across {@link #reset()}.
     */
    @Override
    public void acceptModels(java.util.Collection<String> ids) {
        resources.models().add(ids);
    }

    @Override
    public FakeResponse handle(ApiCall call, @Nullable Directive directive) {
        FakeRequest request = call.request();
        GeminiHeaders.check(request);
        if (resources.handles(call.operationId())) {
            return resources.handle(call, directive);
        }
        String model = call.pathVariable("model").orElseThrow();
        String version = request.path().startsWith("/v1beta/") ? "v1beta" : "v1";
        JsonNode body = request.json(JsonNode.class);
        GeminiCaches.Applied applied = resources.caches().apply(body, model);
        Turn turn = GenerateContentRequest.read(call.operationId(), model, version, applied.body());
        Completion completion = replies.complete(directive, turn);
        GeminiFileSearch search = completion instanceof Completion.Text
                ? GeminiFileSearch.run(applied.body(), turn.lastUserText(), resources.fileSearchStores())
                : null;
        if (search != null && directive == null && turn.outputSchema() == null) {
            completion = new Completion.Text(search.answer());
        }
        int promptTokens = resources.files().tokens(body)
                + (applied.cachedTokens() == 0
                        ? Tokens.count(turn.inputText())
                        : applied.cachedTokens()
                                + Tokens.count(GenerateContentRequest.read(call.operationId(), model, version, body)
                                        .inputText()));
        String responseId = ids.next("", IdSequence.BASE62, 23);
        if (completion instanceof Completion.FailedMidStream failed) {
            ProviderError error = GeminiErrors.of(failed.failure());
            if (!streams(call)) {
                throw new ProviderErrorException(error);
            }
            List<ObjectNode> chunks = new GeminiAnswer(
                            responseId, model, failed.partial(), promptTokens, applied.cachedTokens())
                    .chunks();
            List<ObjectNode> sent = new ArrayList<>(chunks.subList(0, (chunks.size() + 1) / 2));
            sent.add(GeminiErrors.body(error));
            return stream(request, sent);
        }
        GeminiAnswer answer = new GeminiAnswer(
                responseId,
                model,
                completion,
                promptTokens,
                applied.cachedTokens(),
                search == null
                        ? null
                        : search.groundingMetadata(completion instanceof Completion.Text text ? text.text() : ""),
                search == null ? 0 : search.toolUseTokens());
        return streams(call) ? stream(request, answer.chunks()) : FakeResponse.json(200, answer.response());
    }

    /** Server-sent events with {@code alt=sse}; otherwise, as the API does, one JSON array of the chunks. */
    private static FakeResponse stream(FakeRequest request, List<ObjectNode> chunks) {
        if (request.queryParam("alt").filter("sse"::equals).isPresent()) {
            return FakeResponse.eventStream(chunks.stream()
                    .map(chunk -> ServerSentEvent.data(JsonSupport.write(chunk)))
                    .toList());
        }
        ArrayNode array = JsonSupport.mapper().createArrayNode();
        chunks.forEach(array::add);
        return FakeResponse.json(200, array);
    }

    /** The turn a call asks for, for {@link dev.mockapis.core.conversation.ConversationMatchers}. */
    @Override
    public @Nullable CallContext context(ApiCall call) {
        String model = call.pathVariable("model").orElseThrow();
        return TurnContext.of(() -> {
            JsonNode body = call.request().json(JsonNode.class);
            return GenerateContentRequest.read(
                    call.operationId(),
                    model,
                    "v1beta",
                    turnOperations().contains(call.operationId())
                            ? resources.caches().apply(body, model).body()
                            : body);
        });
    }

    @Override
    public RateLimitFormat rateLimitFormat() {
        return RATE_LIMITS;
    }

    @Override
    public void reset() {
        ids.reset();
        replies.reset();
        resources.reset();
    }
}
